import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';

/**
 * A refused objection in the user's language, by the refusal's code and rule (docs/errors.md),
 * never by the server's text: not the case's operator (FORBIDDEN), no official result yet
 * (RULE_VIOLATION R28a), grounds missing or too long (BAD_USER_INPUT on `grounds`).
 */
export function objectionError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    const code = extensions?.['code'];
    if (code === 'FORBIDDEN') return t('objection.errors.forbidden');
    if (code === 'RULE_VIOLATION') return t(extensions?.['rule'] === 'R28a' ? 'objection.errors.noResult' : 'objection.errors.rule');
    if (code === 'BAD_USER_INPUT' && extensions?.['field'] === 'grounds') return t('objection.errors.grounds');
  }
  return errorMessage(error, t);
}
