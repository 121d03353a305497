import { DurableConsumer, type EventBus } from '@registry/bus';
import { isLocalDate, localDateOf, yearOf } from '@registry/calendar';
import { casesTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { CaseCountRepository } from './case-count-repository.ts';

/**
 * Keeps each operator's yearly count of completed registrations, overseas included, for
 * renewal [R14]. It learns them from the cases subgraph's durable events, never its tables.
 */
export function createCaseCountConsumer(uow: UnitOfWork, bus: EventBus, counts: CaseCountRepository, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'operators.case-counts',
    topic: casesTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'RegistrationCompleted.v1': async ({ tx }, p) => {
        const completedOn = completionDay(p.completedOn);
        await counts.count(tx, { registrationNumber: p.registrationNumber, operatorId: p.operatorId, year: yearOf(completedOn), domestic: p.domestic, completedOn });
      },
    },
  });
}

/**
 * [R14] the year a completion counts in is the year in Japan on the day it completed: a
 * case completed at 00:30 on 1 January counts in the new year. The event carries that
 * day; an instant (an event written before dates were local) is read in Japan.
 */
export function completionDay(completedOn: string): string {
  return isLocalDate(completedOn) ? completedOn : localDateOf(new Date(completedOn));
}
