import { DurableConsumer, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { CaseRefRepository, OfficialResult } from './case-ref-repository.ts';

export const CASES_TOPIC = 'cases';

interface CaseRegistered {
  registrationNumber: string;
  operatorId: string;
  registeredOn: string;
}

/** Contract (docs/architecture.md): published by the cases subgraph when the core lab's result becomes official [R26][R27]. */
interface OfficialResultRecorded extends OfficialResult {
  registrationNumber: string;
  operatorId: string;
  year: number;
}

/**
 * Every case in the library has a thread [R6]: each registration announced by the cases
 * subgraph opens one, and records the case's operator for recusal [R49]. An official
 * core-lab result is what an operator may object to [R28a].
 */
export function createCaseProjectionConsumer(handle: DatabaseHandle, bus: EventBus, refs: CaseRefRepository, logger: Logger) {
  return new DurableConsumer(
    handle,
    bus,
    'adjudication.case-projection',
    CASES_TOPIC,
    async (tx, event) => {
      if (event.type === 'CaseRegistered') {
        const p = event.payload as CaseRegistered;
        await refs.recordWithThread(tx, { registrationNumber: p.registrationNumber, operatorId: p.operatorId, registeredOn: p.registeredOn });
      } else if (event.type === 'OfficialResultRecorded') {
        const p = event.payload as OfficialResultRecorded;
        await refs.recordOfficialResult(tx, p.registrationNumber, p.year, {
          technicalSuccess: p.technicalSuccess,
          procedureSuccess: p.procedureSuccess,
          complication: p.complication,
          indicationAppropriate: p.indicationAppropriate,
        }, event.createdAt);
      }
    },
    (err) => logger.error({ err }, 'case projection failed; will retry'),
  );
}
