import { badUserInput } from './index.ts';

/**
 * The registry's one set of argument validators (issue 14 item 8, issue 15.1): every
 * service refuses a malformed argument with these, before any query, so a value the
 * database would refuse never reaches it.
 */

type Path = ReadonlyArray<string | number>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of rows (accounts, threads, matters, applications…) are UUIDs. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** `value` when it is a UUID; else BAD_USER_INPUT on `path` (a malformed id names nothing and is the client's mistake). */
export function requireUuid(value: string, path: Path): string {
  if (!isUuid(value)) throw badUserInput(`${path.join('.')} is not a valid ID`, path);
  return value;
}

/** Like requireUuid for an optional argument: null and undefined pass through. */
export function optionalUuid(value: string | null | undefined, path: Path): string | undefined {
  return value === null || value === undefined ? undefined : requireUuid(value, path);
}

export const MAX_TEXT_LENGTH = 10_000;

/** Text a person writes (a post, grounds, a reason): trimmed, not empty, bounded. */
export function requireText(value: string | null | undefined, path: Path, what: string): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw badUserInput(`${what} is required`, path);
  if (text.length > MAX_TEXT_LENGTH) throw badUserInput(`${what} is at most ${MAX_TEXT_LENGTH} characters`, path);
  return text;
}
