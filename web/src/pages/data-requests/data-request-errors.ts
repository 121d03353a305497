import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';

/** The rules a data request may be refused by, each with its own message in ja and en [R21a][R21b][R27][R39]. */
const RULES = new Set(['R21a', 'R21b', 'R27', 'R39']);

/** A refused data-request action in the user's language, by code and rule; never the server's text. */
export function dataRequestError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    const code = extensions?.['code'];
    const rule = extensions?.['rule'];
    if (code === 'RULE_VIOLATION' && refusedRequestField(error) === 'approveIdentity') return t('dataRequests.errors.identityNotApproved');
    if (code === 'RULE_VIOLATION' && typeof rule === 'string' && RULES.has(rule)) return t(`dataRequests.errors.${rule}`);
    if (code === 'RULE_VIOLATION') return t('dataRequests.errors.rule');
    if (code === 'NOT_FOUND') return t('dataRequests.errors.notFound');
    if (code === 'BAD_USER_INPUT') {
      const field = refusedRequestField(error);
      if (field) return t(`dataRequests.errors.input.${field}`);
    }
  }
  return errorMessage(error, t);
}

/** The form fields a refusal may name (`input.items.2` → `items`), to show the message beside it. */
const FIELDS = ['recipientName', 'title', 'plan', 'items', 'years', 'pledgeAccepted', 'recipientPublicKey', 'purpose', 'reason', 'publication', 'approveIdentity'] as const;
export type RequestField = (typeof FIELDS)[number];

export function refusedRequestField(error: unknown): RequestField | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const path = error.errors[0]?.extensions?.['fieldPath'];
  if (!Array.isArray(path)) return undefined;
  return FIELDS.find((f) => path.includes(f));
}

/** Who files requests [R21a–c]: a certified operator, a researcher or a sponsor. */
export const mayRequestData = (roles: readonly string[]) => roles.some((r) => r === 'OPERATOR' || r === 'RESEARCHER' || r === 'SPONSOR');
/** Who reads every request [R39]: the steering committee reviews, the data center releases, the secretariat follows. */
export const readsAllRequests = (roles: readonly string[]) => roles.some((r) => r === 'STEERING' || r === 'SECRETARIAT' || r === 'DATA_CENTER');
export const reviewsRequests = (roles: readonly string[]) => roles.includes('STEERING');
export const releasesData = (roles: readonly string[]) => roles.includes('DATA_CENTER');
/** A sponsor alone may ask for another purpose than research [R21b][R21c]. */
export const mayAskOtherPurpose = (roles: readonly string[]) => roles.includes('SPONSOR');
