import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type CryptoKey } from 'jose';
import { ALGORITHM } from './keys.ts';

/**
 * [T14.1] (21 CFR 11.200) A signature assertion: the operators subgraph, which holds the
 * password hashes, checked the password entered for one signature and says so, for one
 * account, one registration number and one purpose, for five minutes, once. It is signed
 * with the user-token key but for its own audience, so it is never a session (the gateway
 * refuses it) and a session is never an assertion (the cases subgraph refuses it).
 */
const ISSUER = 'cto-registry';
const AUDIENCE = 'cto-registry:signature';

export const SIGNATURE_ASSERTION_TTL_SECONDS = 5 * 60;

export type SignaturePurpose = 'CASE_REPORT_FORM_SIGNATURE';

export interface SignatureAssertion {
  accountId: string;
  registrationNumber: string;
  purpose: SignaturePurpose;
  /** Its id: stored with the signature it made, so it signs once. */
  jti: string;
  issuedAt: Date;
}

interface AssertionClaims {
  rn?: unknown;
  purpose?: unknown;
}

export function signSignatureAssertion(a: { accountId: string; registrationNumber: string; purpose: SignaturePurpose }, key: CryptoKey, ttl = SIGNATURE_ASSERTION_TTL_SECONDS): Promise<string> {
  return new SignJWT({ rn: a.registrationNumber, purpose: a.purpose } satisfies AssertionClaims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(a.accountId)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${ttl}s`)
    .sign(key);
}

/** Verifies signature, issuer, audience and expiry; the caller checks account, case and purpose. */
export async function verifySignatureAssertion(token: string, key: CryptoKey): Promise<SignatureAssertion> {
  const { payload } = await jwtVerify<AssertionClaims>(token, key, {
    algorithms: [ALGORITHM],
    issuer: ISSUER,
    audience: AUDIENCE,
    requiredClaims: ['exp', 'iat', 'sub', 'jti', 'rn', 'purpose'],
  });
  if (typeof payload.rn !== 'string' || payload.purpose !== 'CASE_REPORT_FORM_SIGNATURE') throw new Error('signature assertion claims are malformed');
  return { accountId: payload.sub!, registrationNumber: payload.rn, purpose: payload.purpose, jti: payload.jti!, issuedAt: new Date(payload.iat! * 1000) };
}
