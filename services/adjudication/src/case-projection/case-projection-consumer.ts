import { DurableConsumer, type EventBus } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { CaseProjectionService } from './case-projection-service.ts';

/**
 * Every case in the library has a thread [R6]: each registration announced by the cases
 * subgraph opens one, and records the case's operator for recusal [R49]. An official
 * core-lab result is what an operator may object to [R26][R27][R28a].
 */
export function createCaseProjectionConsumer(uow: UnitOfWork, bus: EventBus, cases: CaseProjectionService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'adjudication.case-projection',
    topic: casesTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'CaseRegistered.v1': (unit, p) => cases.registered(unit, { registrationNumber: p.registrationNumber, operatorId: p.operatorId, registeredOn: p.registeredOn }),
      'OfficialResultRecorded.v1': (unit, p, event) =>
        cases.officialResultRecorded(
          unit,
          p.registrationNumber,
          p.year,
          { technicalSuccess: p.technicalSuccess, procedureSuccess: p.procedureSuccess, complication: p.complication, indicationAppropriate: p.indicationAppropriate },
          event.createdAt,
        ),
    },
  });
}
