import { ruleViolation, type RuleId } from '@registry/errors';
import type { FieldPath } from './refusals.ts';

/**
 * A date checked against one of the case's own dates (consent, procedure, a follow-up
 * window): a date that cannot be is a rule of the registry, refused with the rule and the
 * input's path (docs/errors.md). Dates are `YYYY-MM-DD` and compare as strings.
 */
export function assertNotBefore(date: string, bound: string | null, rule: RuleId, message: string, field: FieldPath): void {
  if (bound !== null && date < bound) throw ruleViolation(rule, `${message} (${bound})`, field);
}

export function assertNotAfter(date: string, bound: string | null, rule: RuleId, message: string, field: FieldPath): void {
  if (bound !== null && date > bound) throw ruleViolation(rule, `${message} (${bound})`, field);
}
