import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';
import { fieldProblems, refusalRule } from './site-errors';

/** The site's record forms, each with its own messages (`siteRecords.refusals.<form>`). */
export type RecordForm = 'answer' | 'followUp' | 'adverseEvent' | 'withdrawal' | 'lost' | 'deviation';

export interface Refusal {
  /** The form's field the refusal names (the API's path without `input.`), or null for the whole form. */
  field: string | null;
  text: string;
}

/** A key part of a rule: a dot would split the key's path (`T9.5` is `T9_5`). */
const ruleKey = (rule: string | null) => (rule ?? 'other').replace('.', '_');

/**
 * A refusal of a site record in the user's language, by the API's code, rule and field
 * (docs/errors.md), never the server's text: the field's own message for this form when
 * there is one, else the rule's, else the code's. `fields` are the form's own fields, where
 * the message is shown next to the control.
 */
export function recordRefusal(error: unknown, t: TFunction, form: RecordForm, fields: readonly string[]): Refusal {
  const problem = fieldProblems(error)[0];
  if (!problem) {
    const rule = refusalRule(error);
    return { field: null, text: rule ? t([`siteRecords.rules.${ruleKey(rule)}`, 'siteRecords.rules.other']) : errorMessage(error, t) };
  }
  const name = problem.field.replace(/^input\./, '');
  // A list's index is not part of the message's key: `events.0.occurredOn` is `events.occurredOn`.
  const path = name.replace(/\.\d+(?=\.|$)/g, '');
  const what = problem.code === 'RULE_VIOLATION' ? ruleKey(problem.rule) : 'BAD_USER_INPUT';
  const fallback = problem.code === 'RULE_VIOLATION' ? [`siteRecords.rules.${what}`, 'siteRecords.rules.other'] : ['site.invalid.value'];
  return { field: fields.includes(name) ? name : null, text: t([`siteRecords.refusals.${form}.${path}.${what}`, ...fallback]) };
}
