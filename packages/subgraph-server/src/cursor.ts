/**
 * A live event's position in its topic, carried beside the payload a subscription
 * resolver yields, and sent to the client as `extensions.cursor` of each event. A client
 * (or the gateway) that reconnects passes it back as the field's `after` argument.
 */
export const CURSOR = Symbol.for('cto-registry.cursor');

export type CursorPayload = Record<string, unknown> & { [CURSOR]?: string; [POSITION_ONLY]?: true };

export function withCursor(field: string, value: unknown, cursor: string | number): CursorPayload {
  return { [field]: value, [CURSOR]: String(cursor) };
}

/** Marks a payload that carries only a position: sent as `{ extensions: { cursor } }`, no data. */
export const POSITION_ONLY = Symbol.for('cto-registry.position-only');

export function positionOnly(cursor: string | number): CursorPayload {
  return { [CURSOR]: String(cursor), [POSITION_ONLY]: true };
}
