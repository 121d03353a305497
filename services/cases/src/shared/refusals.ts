import type { z } from 'zod';
import { badUserInput } from '@registry/errors';

export type FieldPath = ReadonlyArray<string | number>;

/** Parses with zod; the first issue becomes BAD_USER_INPUT with its path under `prefix`. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix: FieldPath): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw badUserInput(issue.message, [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]);
}
