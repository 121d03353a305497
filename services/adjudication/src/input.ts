import { badUserInput } from '@registry/errors';

export const MAX_TEXT_LENGTH = 10_000;

/** Text a person writes (a post, grounds, a reason): trimmed, not empty, bounded. */
export function requireText(value: string | null | undefined, field: ReadonlyArray<string | number>, what: string): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw badUserInput(`${what} is required`, field);
  if (text.length > MAX_TEXT_LENGTH) throw badUserInput(`${what} is at most ${MAX_TEXT_LENGTH} characters`, field);
  return text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing (and must not reach a uuid column). */
export function isId(value: string): boolean {
  return UUID.test(value);
}
