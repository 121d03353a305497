import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';

/** The committee's rules a refusal may cite, each with its own message in ja and en. */
const RULES = new Set(['R44', 'R45', 'R46', 'R48', 'R49']);

/** A refusal of a committee action in the user's language: the rule it cites, else the general message. */
export function committeeError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    const rule = extensions?.['rule'];
    if (extensions?.['code'] === 'RULE_VIOLATION' && typeof rule === 'string' && RULES.has(rule)) return t(`committee.errors.${rule}`);
    if (extensions?.['code'] === 'RULE_VIOLATION') return t('committee.errors.rule');
  }
  return errorMessage(error, t);
}

/** Whether the viewer sits on the committee, by the roles of the signed token. */
export function isCommitteeRole(roles: readonly string[]): boolean {
  return roles.includes('COMMITTEE_MEMBER') || roles.includes('COMMITTEE_CHAIR');
}

/** Who relays the recused case operator's opinion to the committee: the steering committee or the secretariat [R49]. */
export function relaysOpinions(roles: readonly string[]): boolean {
  return roles.includes('STEERING') || roles.includes('SECRETARIAT');
}
