import { DurableConsumer, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { SteeringTermRepository } from './steering-term-repository.ts';

export const OPERATORS_TOPIC = 'operators';

/** Contract (docs/architecture.md): the operators subgraph owns steering terms [R36]. */
interface SteeringTermsChanged {
  accountId: string;
  from: string;
  to: string | null;
}

/** Every current steering member sits on the committee [R44]: we follow the terms the operators subgraph announces. */
export function createSteeringTermsConsumer(handle: DatabaseHandle, bus: EventBus, terms: SteeringTermRepository, logger: Logger) {
  return new DurableConsumer(
    handle,
    bus,
    'adjudication.steering-terms',
    OPERATORS_TOPIC,
    async (tx, event) => {
      if (event.type !== 'SteeringTermsChanged') return;
      const p = event.payload as SteeringTermsChanged;
      await terms.record(tx, { accountId: p.accountId, from: p.from, to: p.to ?? null });
    },
    (err) => logger.error({ err }, 'steering terms projection failed; will retry'),
  );
}
