import { verifyUserToken, type RegistryKeys, type Viewer } from '@registry/auth';
import { badUserInput } from '@registry/errors';
import type { FieldPath } from '../shared/refusals.ts';

/** How fresh the login behind a signature must be: the password was entered for this signature [T14.1]. */
export const REAUTHENTICATION_MAX_AGE_SECONDS = 5 * 60;

export interface Reauthentication {
  /** The login token's id: one password entry signs once. */
  id: string;
  at: Date;
}

/**
 * [T14.1] An electronic signature needs the password re-entered. The cases subgraph never
 * sees passwords: the signer logs in again through the operators subgraph's `login`, and
 * hands the fresh token over. We check its signature (the user-token public key every
 * subgraph holds), that it is the signer's own account, and that it was issued within the
 * last five minutes; its `jti` is stored with the signature so it cannot sign twice.
 */
export async function verifyReauthentication(token: string, viewer: Viewer, key: RegistryKeys['userPublic'], now: Date, field: FieldPath): Promise<Reauthentication> {
  let verified;
  try {
    verified = await verifyUserToken(token, key);
  } catch {
    throw badUserInput('The re-authentication is not valid: log in again with your password to sign', field);
  }
  if (!viewer.accountId || verified.viewer.accountId !== viewer.accountId) {
    throw badUserInput('The re-authentication belongs to another account', field);
  }
  const issuedAt = issuedAtOf(token);
  const age = now.getTime() / 1000 - issuedAt;
  if (age > REAUTHENTICATION_MAX_AGE_SECONDS || age < -60) {
    throw badUserInput('The re-authentication is too old: log in again with your password to sign', field);
  }
  return { id: verified.jti, at: new Date(issuedAt * 1000) };
}

/** `iat` of a token whose signature was already verified (`verifyUserToken` requires the claim). */
function issuedAtOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number };
  return payload.iat;
}
