import { DurableConsumer, type EventBus } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { SteeringTermsService } from './steering-terms-service.ts';

/** Every current steering member sits on the committee [R44]: we follow the terms the operators subgraph announces [R36]. */
export function createSteeringTermsConsumer(uow: UnitOfWork, bus: EventBus, terms: SteeringTermsService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'adjudication.steering-terms',
    topic: operatorsTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'SteeringTermsChanged.v1': (unit, p) => terms.termsChanged(unit, { accountId: p.accountId, from: p.from, to: p.to }),
    },
  });
}
