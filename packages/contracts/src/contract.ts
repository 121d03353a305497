import type { z } from 'zod';

/** A versioned event name, as stored in `bus.events.type`: `OfficialResultRecorded.v1`. */
export const VERSIONED_NAME = /^[A-Z][A-Za-z]+\.v[1-9][0-9]*$/;

/** A topic's events: versioned name → the schema of its payload. */
export type EventSchemas = Record<string, z.ZodType>;

/** One topic and every event that may appear on it. */
export interface TopicContract<E extends EventSchemas = EventSchemas> {
  readonly topic: string;
  readonly events: E;
}

/**
 * A family of topics of one shape, one per key (an operator's own feed, a thread's posts).
 * `pattern` is how docs and tests name it (`operator:<operatorId>:notifications`).
 */
export interface TopicFamily<E extends EventSchemas = EventSchemas> {
  readonly pattern: string;
  readonly events: E;
  of(key: string): TopicContract<E>;
  matches(topic: string): boolean;
}

export type EventName<E extends EventSchemas> = keyof E & string;
/** What a publisher hands over for event `K`. */
export type PayloadIn<E extends EventSchemas, K extends EventName<E>> = z.input<E[K]>;
/** What a consumer is handed for event `K`, parsed. */
export type Payload<E extends EventSchemas, K extends EventName<E>> = z.output<E[K]>;

function checkNames(where: string, events: EventSchemas): void {
  for (const name of Object.keys(events)) {
    if (!VERSIONED_NAME.test(name)) throw new Error(`${where}: event ${name} is not a versioned name (Name.vN)`);
  }
}

export function topic<E extends EventSchemas>(name: string, events: E): TopicContract<E> {
  checkNames(name, events);
  return { topic: name, events };
}

/** `prefix` + key + `suffix`: `topicFamily('operator:', ':notifications', …)`. */
export function topicFamily<E extends EventSchemas>(prefix: string, suffix: string, keyName: string, events: E): TopicFamily<E> {
  const pattern = `${prefix}<${keyName}>${suffix}`;
  checkNames(pattern, events);
  return {
    pattern,
    events,
    of: (key) => {
      if (key.length === 0 || key.includes(':')) throw new Error(`${pattern}: not a key: ${JSON.stringify(key)}`);
      return { topic: `${prefix}${key}${suffix}`, events };
    },
    matches: (t) => t.length > prefix.length + suffix.length && t.startsWith(prefix) && t.endsWith(suffix) && !t.slice(prefix.length, t.length - suffix.length).includes(':'),
  };
}
