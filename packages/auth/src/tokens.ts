import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import { ALGORITHM } from './keys.ts';
import { ROLES, type Role, type Viewer } from './viewer.ts';
import { isUuid } from '@registry/errors';

const ISSUER = 'cto-registry';
const USER_AUDIENCE = 'cto-registry:gateway';
const INTERNAL_ISSUER = 'cto-registry:gateway';
const internalAudience = (subgraph: string) => `cto-registry:subgraph:${subgraph}`;

/** Short-lived: a status change (OB, revocation) reaches every permission within minutes. */
export const USER_TOKEN_TTL_SECONDS = 15 * 60;
/** The gateway signs one per subgraph and request scope; short enough to be useless if leaked. */
export const INTERNAL_TOKEN_TTL_SECONDS = 5 * 60;
/**
 * Clocks of the signer and the verifier may differ by this much: a token issued "in the
 * future" beyond it, or living longer than its kind's lifetime beyond it, is refused.
 */
export const CLOCK_SKEW_SECONDS = 30;
/** Account ids are UUIDs; a user token names one, never a scope (`scope:…` is internal only). */

export interface VerifiedToken {
  viewer: Viewer;
  jti: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

interface ViewerClaims extends JWTPayload {
  roles?: unknown;
  op?: unknown;
  fac?: unknown;
  /** Must change the password first (see `Viewer.mustChangePassword`). */
  pwc?: unknown;
}

function claimsOf(viewer: Viewer): ViewerClaims {
  return {
    roles: [...viewer.roles],
    ...(viewer.operatorId ? { op: viewer.operatorId } : {}),
    ...(viewer.facilityId ? { fac: viewer.facilityId } : {}),
    ...(viewer.mustChangePassword ? { pwc: true } : {}),
  };
}

async function sign(claims: ViewerClaims, key: CryptoKey, o: { sub: string; iss: string; aud: string; ttl: number }) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(o.iss)
    .setAudience(o.aud)
    .setSubject(o.sub)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${o.ttl}s`)
    .sign(key);
}

interface VerifyOptions {
  iss: string;
  aud: string;
  /** The longest lifetime this kind of token is ever signed with. */
  lifetime: number;
  /** Whether the subject may be a shared scope (`scope:…`) rather than an account. */
  scopes: boolean;
}

/**
 * A signature is not enough: the token must also have been issued in the past (`iat` no
 * later than now plus the skew), be no older than its kind's lifetime, and not claim a
 * longer life than that (`exp - iat`), so a token signed with a wrong clock or a decades
 * long `exp` is refused even though the key signed it (issue 15.8).
 */
async function verify(token: string, key: CryptoKey, o: VerifyOptions): Promise<VerifiedToken> {
  const { payload } = await jwtVerify<ViewerClaims>(token, key, {
    algorithms: [ALGORITHM],
    issuer: o.iss,
    audience: o.aud,
    requiredClaims: ['exp', 'iat', 'sub', 'jti', 'roles'],
    maxTokenAge: o.lifetime,
    clockTolerance: CLOCK_SKEW_SECONDS,
  });
  const roles = payload.roles;
  if (!Array.isArray(roles) || !roles.every((r): r is Role => ROLES.includes(r as Role))) {
    throw new Error('token roles claim is malformed');
  }
  if ((payload.exp as number) - (payload.iat as number) > o.lifetime + CLOCK_SKEW_SECONDS) {
    throw new Error('token claims a longer life than its kind is ever given');
  }
  const sub = payload.sub as string;
  const scope = sub.startsWith('scope:');
  if (scope ? !o.scopes : !isUuid(sub)) throw new Error('token subject is not an account');
  return {
    viewer: {
      ...(scope ? {} : { accountId: sub }),
      roles,
      ...(typeof payload.op === 'string' ? { operatorId: payload.op } : {}),
      ...(typeof payload.fac === 'string' ? { facilityId: payload.fac } : {}),
      ...(payload.pwc === true ? { mustChangePassword: true } : {}),
    },
    jti: payload.jti as string,
    exp: payload.exp as number,
  };
}

export function signUserToken(viewer: Viewer & { accountId: string }, key: CryptoKey, ttl = USER_TOKEN_TTL_SECONDS) {
  return sign(claimsOf(viewer), key, { sub: viewer.accountId, iss: ISSUER, aud: USER_AUDIENCE, ttl });
}

/**
 * A user token's signature and claims. That its subject is an active account is the
 * gateway's check (gateway/src/auth/active-accounts.ts): only the operators subgraph knows.
 */
export function verifyUserToken(token: string, key: CryptoKey): Promise<VerifiedToken> {
  return verify(token, key, { iss: ISSUER, aud: USER_AUDIENCE, lifetime: USER_TOKEN_TTL_SECONDS, scopes: false });
}

/**
 * The token a subgraph accepts: signed by the gateway for that subgraph alone. A viewer
 * without an account (an anonymous visitor, or a shared subscription scope) is carried
 * as `scope:<hash>` so no personal identity is invented.
 */
export function signInternalToken(viewer: Viewer, subgraph: string, key: CryptoKey, ttl = INTERNAL_TOKEN_TTL_SECONDS) {
  const sub = viewer.accountId ?? `scope:${authorizationScope(viewer)}`;
  return sign(claimsOf(viewer), key, { sub, iss: INTERNAL_ISSUER, aud: internalAudience(subgraph), ttl });
}

export function verifyInternalToken(token: string, subgraph: string, key: CryptoKey): Promise<VerifiedToken> {
  return verify(token, key, { iss: INTERNAL_ISSUER, aud: internalAudience(subgraph), lifetime: INTERNAL_TOKEN_TTL_SECONDS, scopes: true });
}

/**
 * The part of a viewer that authorization decisions depend on when no personal identity
 * is involved: roles and facility. Live subscriptions are shared only within one scope.
 */
export function authorizationScope(viewer: Viewer): string {
  const canonical = JSON.stringify({ roles: [...viewer.roles].sort(), fac: viewer.facilityId ?? null });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}
