import { SignJWT } from 'jose';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKeys, type RegistryKeys } from './keys.ts';
import { signInternalToken, signUserToken, verifyInternalToken, verifyUserToken } from './tokens.ts';

describe('tokens', () => {
  let keys: RegistryKeys;
  const viewer = { accountId: '6b1f8a52-2b0e-4f8e-9d5c-1c1d2a3b4c5d', roles: ['OPERATOR' as const], operatorId: 'OP0001', facilityId: 'F001' };

  beforeAll(async () => {
    keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'keys-')) });
  });

  it('should round-trip a user token with its viewer', async () => {
    const token = await signUserToken(viewer, keys.userPrivate!);
    const verified = await verifyUserToken(token, keys.userPublic);
    expect(verified.viewer).toEqual(viewer);
    expect(verified.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should refuse a user token where an internal one is expected, and the reverse', async () => {
    const user = await signUserToken(viewer, keys.userPrivate!);
    await expect(verifyInternalToken(user, 'operators', keys.internalPublic)).rejects.toThrow();
    const internal = await signInternalToken(viewer, 'operators', keys.internalPrivate!);
    await expect(verifyUserToken(internal, keys.userPublic)).rejects.toThrow();
  });

  it('should bind an internal token to one subgraph', async () => {
    const internal = await signInternalToken(viewer, 'cases', keys.internalPrivate!);
    await expect(verifyInternalToken(internal, 'operators', keys.internalPublic)).rejects.toThrow();
    await expect(verifyInternalToken(internal, 'cases', keys.internalPublic)).resolves.toBeTruthy();
  });

  it('should refuse a token without a jti or roles, or past its expiry', async () => {
    const base = () =>
      new SignJWT({ roles: ['OPERATOR'] })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('cto-registry')
        .setAudience('cto-registry:gateway')
        .setSubject('x')
        .setIssuedAt();
    const noJti = await base().setExpirationTime('5m').sign(keys.userPrivate!);
    await expect(verifyUserToken(noJti, keys.userPublic)).rejects.toThrow();
    const expired = await base().setJti('j').setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(keys.userPrivate!);
    await expect(verifyUserToken(expired, keys.userPublic)).rejects.toThrow();
    const noRoles = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA' }).setIssuer('cto-registry').setAudience('cto-registry:gateway').setSubject('x').setJti('j').setIssuedAt().setExpirationTime('5m').sign(keys.userPrivate!);
    await expect(verifyUserToken(noRoles, keys.userPublic)).rejects.toThrow();
  });

  const claims = (o: { sub: string; iat: number; exp: number }) =>
    new SignJWT({ roles: ['OPERATOR'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('cto-registry')
      .setAudience('cto-registry:gateway')
      .setSubject(o.sub)
      .setJti('j')
      .setIssuedAt(o.iat)
      .setExpirationTime(o.exp)
      .sign(keys.userPrivate!);
  const now = () => Math.floor(Date.now() / 1000);

  it('should refuse a user token issued in the future beyond the clock skew, and accept one within it [15.8]', async () => {
    await expect(verifyUserToken(await claims({ sub: viewer.accountId, iat: now() + 600, exp: now() + 1200 }), keys.userPublic)).rejects.toThrow();
    await expect(verifyUserToken(await claims({ sub: viewer.accountId, iat: now() + 5, exp: now() + 900 }), keys.userPublic)).resolves.toBeTruthy();
  });

  it('should refuse a user token that claims a life longer than 15 minutes or is older than that [15.8]', async () => {
    await expect(verifyUserToken(await claims({ sub: viewer.accountId, iat: now(), exp: now() + 40 * 365 * 86_400 }), keys.userPublic)).rejects.toThrow();
    await expect(verifyUserToken(await claims({ sub: viewer.accountId, iat: now() - 3_600, exp: now() + 60 }), keys.userPublic)).rejects.toThrow();
  });

  it('should refuse a user token whose subject is a scope or no account id, which only internal tokens carry [15.8]', async () => {
    await expect(verifyUserToken(await claims({ sub: 'scope:abc', iat: now(), exp: now() + 900 }), keys.userPublic)).rejects.toThrow('not an account');
    await expect(verifyUserToken(await claims({ sub: 'OP0001', iat: now(), exp: now() + 900 }), keys.userPublic)).rejects.toThrow('not an account');
  });

  it('should carry a shared subscription scope without a personal identity', async () => {
    const token = await signInternalToken({ roles: ['OPERATOR'], facilityId: 'F001' }, 'adjudication', keys.internalPrivate!);
    const verified = await verifyInternalToken(token, 'adjudication', keys.internalPublic);
    expect(verified.viewer.accountId).toBeUndefined();
    expect(verified.viewer.roles).toEqual(['OPERATOR']);
  });
});

describe('production keys', () => {
  it('should load keys from configuration, one-line PEMs included, and generate none', async () => {
    const { generateKeyPairPem } = await import('./keys.ts');
    const user = await generateKeyPairPem();
    const internal = await generateKeyPairPem();
    const oneLine = (s: string) => s.trim().replace(/\n/g, '\\n');
    const keys = await loadKeys({
      NODE_ENV: 'production',
      DATA_DIR: '/nonexistent',
      USER_TOKEN_PUBLIC_KEY: oneLine(user.publicPem),
      INTERNAL_TOKEN_PUBLIC_KEY: internal.publicPem,
      INTERNAL_TOKEN_PRIVATE_KEY: oneLine(internal.privatePem),
    });
    expect(keys.userPrivate).toBeUndefined();
    const token = await signInternalToken({ roles: [] }, 'cases', keys.internalPrivate!);
    await expect(verifyInternalToken(token, 'cases', keys.internalPublic)).resolves.toBeTruthy();
  });

  it('should refuse to start in production without configured keys', async () => {
    await expect(loadKeys({ NODE_ENV: 'production', DATA_DIR: '/nonexistent' })).rejects.toThrow('required in production');
  });
});
