import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { badUserInput, ErrorCode } from '@registry/errors';

export type FieldPath = ReadonlyArray<string | number>;

/** A rule's refusal that also names the input field it is about (`rule`, `field` and `fieldPath` reach the client). */
export function ruleViolationAt(rule: string, message: string, field: FieldPath): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RuleViolation, rule, field: field.join('.'), fieldPath: [...field] },
  });
}

/** Parses with zod; the first issue becomes BAD_USER_INPUT with its path under `prefix`. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix: FieldPath): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw badUserInput(issue.message, [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]);
}
