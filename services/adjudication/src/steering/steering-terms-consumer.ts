import { DurableConsumer, type EventBus } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { SteeringTermRepository } from './steering-term-repository.ts';

/** Every current steering member sits on the committee [R44]: we follow the terms the operators subgraph announces [R36]. */
export function createSteeringTermsConsumer(handle: DatabaseHandle, bus: EventBus, terms: SteeringTermRepository, logger: Logger) {
  return new DurableConsumer(handle, bus, {
    name: 'adjudication.steering-terms',
    topic: operatorsTopic,
    logger,
    handlers: {
      'SteeringTermsChanged.v1': (tx, p) => terms.record(tx, { accountId: p.accountId, from: p.from, to: p.to }),
    },
  });
}
