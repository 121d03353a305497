import { DurableConsumer, type EventBus } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { CaseCountService } from './case-count-service.ts';

/**
 * Keeps each operator's yearly count of completed registrations, overseas included, for
 * renewal [R14]. It learns them from the cases subgraph's durable events, never its tables.
 */
export function createCaseCountConsumer(uow: UnitOfWork, bus: EventBus, counts: CaseCountService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'operators.case-counts',
    topic: casesTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'RegistrationCompleted.v1': (unit, p) => counts.registrationCompleted(unit, p),
    },
  });
}
