import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import { ALGORITHM } from './keys.ts';
import { ROLES, type Role, type Viewer } from './viewer.ts';

const ISSUER = 'cto-registry';
const USER_AUDIENCE = 'cto-registry:gateway';
const INTERNAL_ISSUER = 'cto-registry:gateway';
const internalAudience = (subgraph: string) => `cto-registry:subgraph:${subgraph}`;

/** Short-lived: a status change (OB, revocation) reaches every permission within minutes. */
export const USER_TOKEN_TTL_SECONDS = 15 * 60;
/** The gateway signs one per subgraph and request scope; short enough to be useless if leaked. */
export const INTERNAL_TOKEN_TTL_SECONDS = 5 * 60;

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

async function verify(token: string, key: CryptoKey, iss: string, aud: string): Promise<VerifiedToken> {
  const { payload } = await jwtVerify<ViewerClaims>(token, key, {
    algorithms: [ALGORITHM],
    issuer: iss,
    audience: aud,
    requiredClaims: ['exp', 'iat', 'sub', 'jti', 'roles'],
  });
  const roles = payload.roles;
  if (!Array.isArray(roles) || !roles.every((r): r is Role => ROLES.includes(r as Role))) {
    throw new Error('token roles claim is malformed');
  }
  const sub = payload.sub as string;
  return {
    viewer: {
      ...(sub.startsWith('scope:') ? {} : { accountId: sub }),
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

export function verifyUserToken(token: string, key: CryptoKey): Promise<VerifiedToken> {
  return verify(token, key, ISSUER, USER_AUDIENCE);
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
  return verify(token, key, INTERNAL_ISSUER, internalAudience(subgraph));
}

/**
 * The part of a viewer that authorization decisions depend on when no personal identity
 * is involved: roles and facility. Live subscriptions are shared only within one scope.
 */
export function authorizationScope(viewer: Viewer): string {
  const canonical = JSON.stringify({ roles: [...viewer.roles].sort(), fac: viewer.facilityId ?? null });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}
