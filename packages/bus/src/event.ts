import type { EventName, EventSchemas, Payload, TopicContract } from '@registry/contracts';
import type { z } from 'zod';

export interface BusEvent<P = unknown> {
  topic: string;
  /** Gapless, starting at 1, in commit order within the topic. */
  seq: number;
  /** The event's versioned name (`OfficialResultRecorded.v1`, @registry/contracts). */
  type: string;
  payload: P;
  createdAt: Date;
}

/** A stored event read through its topic's contract: its name says what its payload is. */
export type ContractEvent<E extends EventSchemas> = { [K in EventName<E>]: BusEvent<Payload<E, K>> & { type: K } }[EventName<E>];

/**
 * An event that does not match its topic's contract: an unknown name (a newer version this
 * reader has not learnt, a publisher bug) or a payload its schema refuses. Thrown by a
 * publisher inside its transaction (nothing is written) and by a reader, which stops there.
 */
export class InvalidEventError extends Error {
  constructor(
    readonly topic: string,
    readonly type: string,
    readonly seq: number | undefined,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    const at = seq === undefined ? '' : ` #${seq}`;
    const what = issues.length === 0 ? 'is not an event of this topic' : `does not match its contract: ${issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ')}`;
    super(`event ${type}${at} on topic ${topic} ${what}`);
    this.name = 'InvalidEventError';
  }
}

/** Parses a payload against event `type` of the topic's contract, or throws InvalidEventError. */
export function parsePayload<E extends EventSchemas, K extends EventName<E>>(contract: TopicContract<E>, type: K, payload: unknown, seq?: number): Payload<E, K> {
  const schema = Object.hasOwn(contract.events, type) ? contract.events[type] : undefined;
  if (!schema) throw new InvalidEventError(contract.topic, type, seq, []);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new InvalidEventError(contract.topic, type, seq, parsed.error.issues);
  return parsed.data as Payload<E, K>;
}

/** A stored event through its topic's contract, or InvalidEventError. */
export function parseEvent<E extends EventSchemas>(contract: TopicContract<E>, event: BusEvent): ContractEvent<E> {
  return { ...event, payload: parsePayload(contract, event.type, event.payload, event.seq) } as ContractEvent<E>;
}
