import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationScope } from '@registry/auth';
import { eventually, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const LIBRARY = '{ caseLibrary(first: 1) { totalCount } }';
const now = () => Math.floor(Date.now() / 1000);

/**
 * Issue 15.8: a token signed with the right key is still refused when its claims are not
 * those the registry ever issues: issued in the future, living for decades, too old, or
 * naming a subject that is no account.
 */
describe('the gateway accepts only user tokens the registry would have issued', () => {
  let t: TestRegistry;
  let satoAccount: string;

  const forge = (claims: { sub: string; iat: number; exp: number }) =>
    new SignJWT({ roles: ['OPERATOR'], op: 'OP0003', fac: 'F003' })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setIssuer('cto-registry')
      .setAudience('cto-registry:gateway')
      .setSubject(claims.sub)
      .setJti(randomUUID())
      .setIssuedAt(claims.iat)
      .setExpirationTime(claims.exp)
      .sign(t.keys.userPrivate!);

  const expectRefused = async (token: string) => {
    const res = await t.gql(LIBRARY, { token });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(res.data ?? null).toBeNull();
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    const login = await t.login('OP0003');
    const viewer = await t.gql<{ viewer: { id: string } }>('{ viewer { id } }', { token: login });
    satoAccount = viewer.data!.viewer.id;
  });
  afterAll(() => t.stop());

  it('should accept a token with the claims login issues, for an account that exists [15.8]', async () => {
    const res = await t.gql<{ caseLibrary: { totalCount: number } }>(LIBRARY, { token: await forge({ sub: satoAccount, iat: now(), exp: now() + 900 }) });
    expect(res.status).toBe(200);
    expect(res.data?.caseLibrary.totalCount).toBeGreaterThan(0);
  });

  it('should refuse a token issued in the future [15.8]', async () => {
    await expectRefused(await forge({ sub: satoAccount, iat: now() + 3600, exp: now() + 3600 + 900 }));
  });

  it('should refuse a token whose expiry is decades away [15.8]', async () => {
    await expectRefused(await forge({ sub: satoAccount, iat: now(), exp: now() + 30 * 365 * 86_400 }));
  });

  it('should refuse a token older than a user token ever lives, even if not yet expired [15.8]', async () => {
    await expectRefused(await forge({ sub: satoAccount, iat: now() - 3600, exp: now() + 600 }));
  });

  it("should refuse a token whose subject is shaped like an internal token's scope [15.8]", async () => {
    await expectRefused(await forge({ sub: `scope:${authorizationScope({ roles: ['OPERATOR'], facilityId: 'F003' })}`, iat: now(), exp: now() + 900 }));
  });

  it('should refuse a token whose subject is an account id that names no account [15.8]', async () => {
    await expectRefused(await forge({ sub: randomUUID(), iat: now(), exp: now() + 900 }));
  });

  it('should refuse such a token at the WebSocket door as well [15.8]', async () => {
    let code = 0;
    const client = t.ws(await forge({ sub: randomUUID(), iat: now(), exp: now() + 900 }), (c) => (code = c));
    const sub = client.subscribe({ query: 'subscription { seriousAdverseEventReported { registrationNumber } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await eventually(() => code !== 0);
    expect(code).toBe(4403);
    sub();
  });
});
