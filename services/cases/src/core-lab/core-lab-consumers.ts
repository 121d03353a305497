import { DurableConsumer, type EventBus } from '@registry/bus';
import { casesTopic, adjudicationTopic, criteriaTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { CoreLabIntakeService } from './core-lab-intake-service.ts';

/**
 * [R29] A completed registration reaches the core lab's worklist, due a month later, and
 * two readers are assigned by load when the roster allows (else the supervisor assigns).
 */
export function createIntakeConsumer(uow: CasesUnitOfWork, bus: EventBus, intake: CoreLabIntakeService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.core-lab-intake',
    topic: casesTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'RegistrationCompleted.v1': (unit, { registrationNumber }, event) => intake.registrationCompleted(unit, registrationNumber, event.createdAt),
    },
  });
}

/** [R24][R28b] The committee's criteria versions: every new read records the one in force. */
export function createCriteriaConsumer(uow: CasesUnitOfWork, bus: EventBus, intake: CoreLabIntakeService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.criteria',
    topic: criteriaTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'CriteriaVersionPublished.v1': (unit, v) => intake.criteriaPublished(unit, { version: v.version, effectiveFrom: v.effectiveFrom, title: v.title }),
    },
  });
}

/** [R28b] A committee ruling that changes an official result (CoreLabIntakeService.rulingChangedResult). */
export function createRulingConsumer(uow: CasesUnitOfWork, bus: EventBus, intake: CoreLabIntakeService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.rulings',
    topic: adjudicationTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'RulingChangedResult.v1': (unit, ruling, event) => intake.rulingChangedResult(unit, ruling, event.createdAt),
    },
  });
}
