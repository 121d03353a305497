import { DurableConsumer, type BusEvent, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { CaseCountRepository } from './case-count-repository.ts';

/** What the cases subgraph publishes when a registration completes [R18]. */
interface RegistrationCompleted {
  registrationNumber: string;
  operatorId: string;
  completedOn: string;
  domestic: boolean;
}

export const CASES_TOPIC = 'cases';

/**
 * Keeps each operator's yearly count of completed registrations, overseas included, for
 * renewal [R14]. It learns them from the cases subgraph's durable events, never its tables.
 */
export function createCaseCountConsumer(handle: DatabaseHandle, bus: EventBus, counts: CaseCountRepository, logger: Logger) {
  return new DurableConsumer(
    handle,
    bus,
    'operators.case-counts',
    CASES_TOPIC,
    async (tx, event: BusEvent) => {
      if (event.type !== 'RegistrationCompleted') return;
      const p = event.payload as RegistrationCompleted;
      await counts.count(tx, {
        registrationNumber: p.registrationNumber,
        operatorId: p.operatorId,
        year: Number(p.completedOn.slice(0, 4)),
        domestic: p.domestic,
        completedOn: p.completedOn.slice(0, 10),
      });
    },
    (err) => logger.error({ err }, 'case-count consumer failed; will retry'),
  );
}
