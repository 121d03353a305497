import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { SessionError } from './session';

const KNOWN = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', 'BAD_USER_INPUT', 'SERVICE_UNAVAILABLE']);

/** The refusal's code (docs/errors.md), or null for a network or unknown failure. */
export function errorCode(error: unknown): string | null {
  if (error instanceof SessionError) return error.code === 'NETWORK' ? null : error.code;
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : null;
  }
  return null;
}

/** A message in the user's language; never the server's text or a stack trace. */
export function errorMessage(error: unknown, t: TFunction): string {
  const code = errorCode(error);
  if (code && KNOWN.has(code)) return t(`errors.${code}`);
  if (error instanceof SessionError) return t(error.code === 'NETWORK' ? 'errors.network' : 'errors.generic');
  if (!CombinedGraphQLErrors.is(error)) return t('errors.network');
  return t('errors.generic');
}
