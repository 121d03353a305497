import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';

/** One refusal the API tied to an input field (docs/errors.md): the dotted path, and the rule when one is cited. */
export interface FieldProblem {
  /** The API's path, e.g. `input.lesion.segment` or `input.eligibility.inclusion.adult`. */
  field: string;
  code: 'BAD_USER_INPUT' | 'RULE_VIOLATION';
  rule: string | null;
}

/** The rules a site's refusal may cite, each with its own message in ja and en. */
const RULES = new Set(['R16', 'R17', 'R18', 'R19', 'R31', 'T5.3', 'T14.1']);
/** A rule's message key: a dot would split the key's path (`T5.3` is `T5_3`). */
const ruleKey = (rule: string) => `site.rules.${rule.replace('.', '_')}`;

/** Every field the refusal names: each of `violations` (several eligibility criteria at once), else its one `field`. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const extensions = error.errors[0]?.extensions ?? {};
  const code = extensions['code'];
  if (code !== 'BAD_USER_INPUT' && code !== 'RULE_VIOLATION') return [];
  const violations = extensions['violations'];
  if (Array.isArray(violations)) {
    return violations.flatMap((v: { field?: unknown; rule?: unknown }) => (typeof v.field === 'string' ? [{ field: v.field, code, rule: typeof v.rule === 'string' ? v.rule : null }] : []));
  }
  const field = extensions['field'];
  const rule = extensions['rule'];
  return typeof field === 'string' ? [{ field, code, rule: typeof rule === 'string' ? rule : null }] : [];
}

/** The rule a refusal cites, if any. */
export function refusalRule(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const rule = error.errors[0]?.extensions?.['rule'];
  return typeof rule === 'string' ? rule : null;
}

/** A refusal of a site action in the user's language: the rule it cites, else the code's message. Never the server's text. */
export function siteError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['code'] === 'RULE_VIOLATION') {
    const rule = refusalRule(error);
    return rule && RULES.has(rule) ? t(ruleKey(rule)) : t('site.rules.other');
  }
  return errorMessage(error, t);
}

/** A field's own message: the eligibility criterion that failed [T5.3], a rule, or a value out of its range. */
export function fieldMessage(problem: FieldProblem, t: TFunction, range?: { min: number; max: number }): string {
  if (problem.code === 'RULE_VIOLATION') {
    if (problem.rule === 'T5.3') return t(`site.register.failed.${problem.field.replace(/^input\.eligibility\./, '')}`);
    return problem.rule && RULES.has(problem.rule) ? t(ruleKey(problem.rule)) : t('site.rules.other');
  }
  return range ? t('site.invalid.range', range) : t('site.invalid.value');
}
