import { DurableConsumer, type BusEvent, type EventBus } from '@registry/bus';
import { isLocalDate, localDateOf, yearOf } from '@registry/calendar';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { CaseCountRepository } from './case-count-repository.ts';

/** What the cases subgraph publishes when a registration completes [R18]. */
interface RegistrationCompleted {
  registrationNumber: string;
  operatorId: string;
  /** The day in Japan it completed (`YYYY-MM-DD`); an ISO instant from older events. */
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
      const completedOn = completionDay(p.completedOn);
      await counts.count(tx, { registrationNumber: p.registrationNumber, operatorId: p.operatorId, year: yearOf(completedOn), domestic: p.domestic, completedOn });
    },
    (err) => logger.error({ err }, 'case-count consumer failed; will retry'),
  );
}

/**
 * [R14] the year a completion counts in is the year in Japan on the day it completed: a
 * case completed at 00:30 on 1 January counts in the new year. The event carries that
 * day; an instant (an event written before dates were local) is read in Japan.
 */
export function completionDay(completedOn: string): string {
  return isLocalDate(completedOn) ? completedOn : localDateOf(new Date(completedOn));
}
