import { START_POSITION, type BusEvent, type EventBus } from '@registry/bus';
import { badUserInput } from '@registry/errors';
import { positionOnly, withCursor, type CursorPayload } from './cursor.ts';

/** A live field's `after`: a position in the field's topic. */
export function parseAfter(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  const n = Number(after);
  if (!/^\d{1,15}$/.test(after) || !Number.isSafeInteger(n)) throw badUserInput('Not a cursor of this feed', ['after']);
  return n;
}

/**
 * A subscription field over one topic (see EventBus.stream): replays after `after`, then
 * follows live. `map` turns an event into the field's value, or skips it with undefined;
 * every value carries its event's number as cursor. Started without `after`, it first
 * announces the position it starts from (a cursor without data), so the gateway can
 * resume from there if the connection drops before the first event.
 */
export function liveField(bus: EventBus, topic: string, after: string | undefined, field: string, map: (event: BusEvent) => unknown): AsyncIterable<CursorPayload> {
  const stream = bus.stream(topic, { after: parseAfter(after), announceStart: true });
  return {
    [Symbol.asyncIterator]: () => ({
      next: async (): Promise<IteratorResult<CursorPayload>> => {
        for (;;) {
          const next = await stream.next();
          if (next.done) return { done: true, value: undefined };
          if (next.value.type === START_POSITION) return { done: false, value: positionOnly(next.value.seq) };
          const value = map(next.value);
          if (value !== undefined) return { done: false, value: withCursor(field, value, next.value.seq) };
        }
      },
      return: async (): Promise<IteratorResult<CursorPayload>> => {
        await stream.return();
        return { done: true, value: undefined };
      },
    }),
  };
}
