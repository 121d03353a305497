import { DurableConsumer, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { CaseRefRepository } from './case-ref-repository.ts';

export const CASES_TOPIC = 'cases';

interface CaseRegistered {
  registrationNumber: string;
  operatorId: string;
  registeredOn: string;
}

/**
 * Every case in the library has a thread [R6]: each registration announced by the cases
 * subgraph opens one, and records the case's operator for recusal [R49].
 */
export function createCaseProjectionConsumer(handle: DatabaseHandle, bus: EventBus, refs: CaseRefRepository, logger: Logger) {
  return new DurableConsumer(
    handle,
    bus,
    'adjudication.case-projection',
    CASES_TOPIC,
    async (tx, event) => {
      if (event.type !== 'CaseRegistered') return;
      const p = event.payload as CaseRegistered;
      await refs.recordWithThread(tx, { registrationNumber: p.registrationNumber, operatorId: p.operatorId, registeredOn: p.registeredOn });
    },
    (err) => logger.error({ err }, 'case projection failed; will retry'),
  );
}
