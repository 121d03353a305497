import { InvalidEventError, parsePayload, START_POSITION, type BusEvent, type EventBus } from '@registry/bus';
import type { EventName, EventSchemas, Payload, TopicContract } from '@registry/contracts';
import { badUserInput } from '@registry/errors';
import { positionOnly, withCursor, type LivePayload } from './cursor.ts';

/** A live field's `after`: a position in the field's topic. */
export function parseAfter(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  const n = Number(after);
  if (!/^\d{1,15}$/.test(after) || !Number.isSafeInteger(n)) throw badUserInput('Not a cursor of this feed', ['after']);
  return n;
}

/** What a live field makes of each event it shows, by versioned name: handed the parsed payload. */
export type LiveMap<E extends EventSchemas, T = unknown> = {
  [K in EventName<E>]?: (payload: Payload<E, K>, event: BusEvent<Payload<E, K>>) => T | undefined;
};

/** The value a live map makes of the events it shows (undefined skips one). */
export type LiveValue<M> = Exclude<{ [K in keyof M]-?: M[K] extends (...args: never[]) => infer R ? R : never }[keyof M], undefined>;

/**
 * A subscription field over one topic (see EventBus.stream): replays after `after`, then
 * follows live. Each event is read through the topic's contract; `map` turns an event into
 * the field's value, or skips it with undefined (events it names no function for are
 * skipped too). An event the contract refuses ends the field with InvalidEventError,
 * naming it: a subscriber is never silently handed less than was published;
 * every value carries its event's number as cursor. Started without `after`, it first
 * announces the position it starts from (a cursor without data), so the gateway can
 * resume from there if the connection drops before the first event.
 */
export function liveField<E extends EventSchemas, F extends string, M extends LiveMap<E>>(
  bus: EventBus,
  contract: TopicContract<E>,
  after: string | undefined,
  field: F,
  map: M,
): AsyncIterable<LivePayload<F, LiveValue<M>>> {
  type T = LiveValue<M>;
  const stream = bus.stream(contract.topic, { after: parseAfter(after), announceStart: true });
  return {
    [Symbol.asyncIterator]: () => ({
      next: async (): Promise<IteratorResult<LivePayload<F, T>>> => {
        for (;;) {
          const next = await stream.next();
          if (next.done) return { done: true, value: undefined };
          if (next.value.type === START_POSITION) return { done: false, value: positionOnly<F, T>(next.value.seq) };
          let value: T | undefined;
          try {
            value = valueOf<E, T>(contract, map as LiveMap<E, T>, next.value);
          } catch (err) {
            await stream.return();
            throw err;
          }
          if (value !== undefined) return { done: false, value: withCursor(field, value, next.value.seq) };
        }
      },
      return: async (): Promise<IteratorResult<LivePayload<F, T>>> => {
        await stream.return();
        return { done: true, value: undefined };
      },
    }),
  };
}

function valueOf<E extends EventSchemas, T>(contract: TopicContract<E>, map: LiveMap<E, T>, raw: BusEvent): T | undefined {
  const type = raw.type as EventName<E>;
  if (!Object.hasOwn(contract.events, type)) throw new InvalidEventError(contract.topic, raw.type, raw.seq, []);
  const f = map[type] as ((payload: unknown, event: BusEvent) => T | undefined) | undefined;
  if (!f) return undefined;
  const payload = parsePayload(contract, type, raw.payload, raw.seq);
  return f(payload, { ...raw, payload });
}
