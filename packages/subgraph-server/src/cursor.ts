/**
 * A live event's position in its topic, carried beside the payload a subscription
 * resolver yields, and sent to the client as `extensions.cursor` of each event. A client
 * (or the gateway) that reconnects passes it back as the field's `after` argument.
 */
export const CURSOR = Symbol.for('cto-registry.cursor');

/** The marks a live payload carries beside its data. */
export interface CursorMarks {
  [CURSOR]?: string;
  [POSITION_ONLY]?: true;
}

export type CursorPayload = Record<string, unknown> & CursorMarks;

/** What a subscription field `F` yields: its value `T` under the field's name, as graphql-js resolves it by default. */
export type LivePayload<F extends string, T> = { [K in F]: T } & CursorMarks;

export function withCursor<F extends string, T>(field: F, value: T, cursor: string | number): LivePayload<F, T> {
  const payload: Record<string, unknown> & CursorMarks = { [field]: value, [CURSOR]: String(cursor) };
  return payload as LivePayload<F, T>;
}

/** Marks a payload that carries only a position: sent as `{ extensions: { cursor } }`, no data. */
export const POSITION_ONLY = Symbol.for('cto-registry.position-only');

/**
 * Typed as the field's payload so that one iterable carries both; it has no data, and the
 * subgraph server sends it as a cursor alone, never executing the field on it (server.ts).
 */
export function positionOnly<F extends string = string, T = never>(cursor: string | number): LivePayload<F, T> {
  const marks: CursorMarks = { [CURSOR]: String(cursor), [POSITION_ONLY]: true };
  return marks as LivePayload<F, T>;
}
