import { DurableConsumer, type EventBus } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { OfficialResultProjectionService } from './official-result-projection-service.ts';

/**
 * Projects the core lab's official results (topic `cases`, @registry/contracts) into
 * `operators.official_results`, from which figures are computed [R15][R28][R38].
 */
export function createOfficialResultConsumer(uow: UnitOfWork, bus: EventBus, results: OfficialResultProjectionService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'operators.official-results',
    topic: casesTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'OfficialResultRecorded.v1': (unit, p) =>
        results.recorded(unit, {
          registrationNumber: p.registrationNumber,
          operatorId: p.operatorId,
          year: p.year,
          technicalSuccess: p.technicalSuccess,
          procedureSuccess: p.procedureSuccess,
          complication: p.complication,
          indicationAppropriate: p.indicationAppropriate,
        }),
    },
  });
}
