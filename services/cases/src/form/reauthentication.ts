import { verifySignatureAssertion, type RegistryKeys, type Viewer } from '@registry/auth';
import { badUserInput } from '@registry/errors';
import type { FieldPath } from '../shared/refusals.ts';

export interface Reauthentication {
  /** The assertion's id: one password entry signs once. */
  id: string;
  at: Date;
}

/**
 * [T14.1] (21 CFR 11.200) A signature needs the password entered for it. The cases
 * subgraph never sees passwords: the operators subgraph checks the password in
 * `reauthenticateForSignature` and answers a signature assertion for (account,
 * registration number, purpose), five minutes, signed with the user-token key for its own
 * audience. We verify it with the public key every subgraph holds, and require the signer's
 * own account and this case; its id is stored with the signature (unique) so it signs once.
 * A session token, even a fresh one, is not an assertion and is refused.
 */
export async function verifyReauthentication(
  assertion: string,
  viewer: Viewer,
  registrationNumber: string,
  key: RegistryKeys['userPublic'],
  field: FieldPath,
): Promise<Reauthentication> {
  let verified;
  try {
    verified = await verifySignatureAssertion(assertion, key);
  } catch {
    throw badUserInput('Not a signature assertion, or an expired one: re-enter your password with reauthenticateForSignature', field);
  }
  if (!viewer.accountId || verified.accountId !== viewer.accountId) {
    throw badUserInput('This signature assertion was made for another account', field);
  }
  if (verified.registrationNumber !== registrationNumber) {
    throw badUserInput('This signature assertion was made for another case', field);
  }
  return { id: verified.jti, at: verified.issuedAt };
}
