import { ANONYMOUS, type VerifiedToken, type VerifiedTokens } from '@registry/auth';
import { ErrorCode, unauthenticated } from '@registry/errors';
import type { GraphQLError } from 'graphql';
import type { ActiveAccounts } from './active-accounts.ts';

const BEARER = /^Bearer (.+)$/i;

/** What the gateway checks a user token with: its signature (each token verified once for its lifetime), and who is an account. */
export interface UserAuth {
  tokens: VerifiedTokens;
  accounts: ActiveAccounts;
}

/**
 * No header: an anonymous visitor (the public list needs no token [R12]). A header that is
 * not a valid, unexpired token of ours for an account that exists: refused, never
 * downgraded to anonymous. When the account cannot be checked right now the refusal is
 * SERVICE_UNAVAILABLE (retriable), not UNAUTHENTICATED (which a client takes for "log in").
 */
export async function authenticate(header: unknown, auth: UserAuth): Promise<VerifiedToken | { viewer: typeof ANONYMOUS; exp?: undefined }> {
  if (header === undefined || header === null || header === '') return { viewer: ANONYMOUS };
  const match = typeof header === 'string' ? BEARER.exec(header) : null;
  if (!match?.[1]) throw unauthenticated('Malformed authorization: expected "Bearer <token>"', { transport: true });
  let verified: VerifiedToken;
  try {
    verified = await auth.tokens.check(match[1]);
  } catch {
    throw unauthenticated('Invalid or expired token', { transport: true });
  }
  // verifyUserToken requires an account subject, so accountId is always set here.
  if (!(await auth.accounts.isActive(verified.viewer.accountId!))) throw unauthenticated('Invalid or expired token', { transport: true });
  return verified;
}

/** Whether `authenticate` refused because the account could not be checked for now. */
export function isUnavailable(error: unknown): boolean {
  return (error as GraphQLError | undefined)?.extensions?.['code'] === ErrorCode.ServiceUnavailable;
}
