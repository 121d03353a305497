import type { CryptoKey } from 'jose';
import { ANONYMOUS, verifyUserToken, type VerifiedToken } from '@registry/auth';
import { unauthenticated } from '@registry/errors';

const BEARER = /^Bearer (.+)$/i;

/**
 * No header: an anonymous visitor (the public list needs no token [R12]). A header that is
 * not a valid, unexpired token of ours: refused, never downgraded to anonymous.
 */
export async function authenticate(header: unknown, key: CryptoKey): Promise<VerifiedToken | { viewer: typeof ANONYMOUS; exp?: undefined }> {
  if (header === undefined || header === null || header === '') return { viewer: ANONYMOUS };
  const match = typeof header === 'string' ? BEARER.exec(header) : null;
  if (!match?.[1]) throw unauthenticated('Malformed authorization: expected "Bearer <token>"', { transport: true });
  try {
    return await verifyUserToken(match[1], key);
  } catch {
    throw unauthenticated('Invalid or expired token', { transport: true });
  }
}
