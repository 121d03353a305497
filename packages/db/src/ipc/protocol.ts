/**
 * The messages between a child process and the parent that holds the embedded database
 * (`npm start`, one child per service). Node's IPC channel with `serialization: 'advanced'`
 * carries them, so dates, byte arrays and bigints cross intact.
 */
export interface QueryOptions {
  rowMode?: 'array' | 'object';
  /** Type OIDs whose text is returned as is (drizzle keeps dates and intervals as strings). */
  raw?: number[];
}

export type DbRequest =
  | { op: 'query'; sql: string; params: unknown[]; options: QueryOptions; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'commit'; tx: number }
  | { op: 'rollback'; tx: number }
  | { op: 'listen'; channel: string }
  | { op: 'unlisten'; channel: string };

/** Child → parent. */
export interface DbRequestMessage {
  registryDb: 'request';
  id: number;
  request: DbRequest;
}

/** A database error's fields (code, constraint, detail…), which callers map to refusals. */
export type SerializedError = { message: string; name: string } & Record<string, string | number | undefined>;

/** Parent → child. */
export type DbReplyMessage =
  | { registryDb: 'reply'; id: number; ok: true; result: unknown }
  | { registryDb: 'reply'; id: number; ok: false; error: SerializedError }
  | { registryDb: 'notify'; channel: string; payload: string };

export function isDbMessage(message: unknown): message is { registryDb: string } {
  return typeof message === 'object' && message !== null && typeof (message as { registryDb?: unknown }).registryDb === 'string';
}

export function serializeError(error: unknown): SerializedError {
  const e = error instanceof Error ? error : new Error(String(error));
  const out: SerializedError = { message: e.message, name: e.name };
  for (const [key, value] of Object.entries(e)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
}

export function deserializeError(fields: SerializedError): Error {
  const error = new Error(fields.message);
  Object.assign(error, fields);
  return error;
}
