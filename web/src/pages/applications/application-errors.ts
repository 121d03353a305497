import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';

/** What the user was doing: an R11 refusal means something different for each [R11]. */
export type ApplicationAction = 'file' | 'recommend' | 'approve' | 'reject';

/**
 * A refused application action in the user's language, by code and rule, never the server's
 * text: [R50a] the 300 cases of experience; [R11] per action (two certified recommenders to
 * approve, who may recommend, an application already decided).
 */
export function applicationError(error: unknown, action: ApplicationAction, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    const code = extensions?.['code'];
    const rule = extensions?.['rule'];
    if (code === 'RULE_VIOLATION' && rule === 'R50a') return t('applications.errors.R50a');
    if (code === 'RULE_VIOLATION' && rule === 'R11') return t(`applications.errors.R11.${action}`);
    if (code === 'RULE_VIOLATION') return t('applications.errors.rule');
    if (code === 'NOT_FOUND') return t('applications.errors.notFound');
  }
  return errorMessage(error, t);
}

/** The input a `BAD_USER_INPUT` names (`field`, e.g. `input.applicantName` → `applicantName`), to show the message beside it. */
export function refusedInput(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.['code'] !== 'BAD_USER_INPUT' || typeof extensions['field'] !== 'string') return undefined;
  return extensions['field'].split('.').pop();
}

/**
 * [R11] which of the operators asked a refusal names (`field` `input.recommenderIds.1` → 1),
 * so the message stands beside that choice.
 */
export function refusedRecommender(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const field = error.errors[0]?.extensions?.['field'];
  const match = typeof field === 'string' ? /^input\.recommenderIds\.(\d+)$/.exec(field) : null;
  return match ? Number(match[1]) : undefined;
}

/** Who handles applications [R11][R37]: the steering committee decides, the secretariat follows them. */
export const handlesApplications = (roles: readonly string[]) => roles.includes('STEERING') || roles.includes('SECRETARIAT');
/** A certified operator may recommend an applicant [R11]. */
export const mayRecommend = (roles: readonly string[]) => roles.includes('OPERATOR');
