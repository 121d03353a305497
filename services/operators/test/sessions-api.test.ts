import { decodeJwt } from 'jose';
import { queryRows } from '@registry/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { SESSION_LIFETIME_MS } from '../src/accounts/session-service.ts';
import { codeOf, movableCalendar, startOperators, viewers, type Harness } from './kit.ts';
import { graphql } from './gql/index.ts';

const SELECTION = '{ auth { token mustChangePassword viewer { loginId roles } } refreshToken refreshExpiresAt }';
const OPEN = `mutation($id: String!, $pw: String!) { openSession(operatorId: $id, password: $pw) ${SELECTION} }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) ${SELECTION} }`;
const END = 'mutation($t: String!) { endSession(refreshToken: $t) }';
const REVOKE = graphql(`mutation SessionsRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { status } } }`);

interface Step {
  auth: { token: string; mustChangePassword: boolean; viewer: { loginId: string; roles: string[] } };
  refreshToken: string;
  refreshExpiresAt: string;
}

describe('browser sessions by refresh-token rotation (issue 10, OWASP)', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;
  const calendar = movableCalendar('2027-06-01T00:00:00Z');

  beforeAll(async () => {
    const started = await startOperators(calendar);
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(async () => {
    await h.stop();
  });

  const open = async (id = 'OP0003') => {
    const res = await h.as<{ openSession: Step }>(v.anonymous, OPEN, { id, pw: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    return res.data!.openSession;
  };
  const refresh = (token: string) => h.as<{ refreshSession: Step }>(v.anonymous, REFRESH, { t: token });
  const openFamilies = async (loginId: string) => {
    const rows = await queryRows<{ n: number }>(
      h.handle.db,
      sql`SELECT count(*)::int AS n FROM operators.session_families f JOIN operators.accounts a ON a.id = f.account_id WHERE a.login_id = ${loginId} AND f.ended_at IS NULL`,
    );
    return Number(rows[0]?.n);
  };

  it('should open a session with a short access token and a refresh token lasting a working day', async () => {
    const first = await open();
    expect(first.auth.viewer).toEqual({ loginId: 'OP0003', roles: ['COMMITTEE_MEMBER', 'OPERATOR'] });
    const claims = decodeJwt(first.auth.token);
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    expect(first.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(first.refreshExpiresAt).getTime() - calendar.now().getTime()).toBe(SESSION_LIFETIME_MS);
  });

  it('should refuse a wrong password with the one login refusal and open no session [T14.1]', async () => {
    const before = await openFamilies('OP0004');
    const res = await h.as(v.anonymous, OPEN, { id: 'OP0004', pw: 'not-the-password' });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(await openFamilies('OP0004')).toBe(before);
  });

  it('should rotate the refresh token on every use, each new one working once', async () => {
    const first = await open();
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(decodeJwt(second.auth.token).sub).toBe(decodeJwt(first.auth.token).sub);
    // The family's expiry does not slide: a working day from the login, however often refreshed.
    expect(second.refreshExpiresAt).toBe(first.refreshExpiresAt);
    const third = (await refresh(second.refreshToken)).data!.refreshSession;
    expect(third.auth.viewer.loginId).toBe('OP0003');
  });

  it('should revoke the whole family when a spent refresh token is presented again (reuse detection)', async () => {
    const first = await open('OP0004');
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    expect(await openFamilies('OP0004')).toBeGreaterThan(0);
    const stolen = await refresh(first.refreshToken);
    expect(codeOf(stolen)).toBe('UNAUTHENTICATED');
    // The legitimate holder's current token is dead too: both must log in again.
    expect(codeOf(await refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await openFamilies('OP0004')).toBe(0);
  });

  it('should end the session at logout: its refresh token refreshes nothing afterwards', async () => {
    const first = await open('OP0001');
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    expect((await h.as<{ endSession: boolean }>(v.anonymous, END, { t: second.refreshToken })).data!.endSession).toBe(true);
    expect(codeOf(await refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
    expect((await h.as<{ endSession: boolean }>(v.anonymous, END, { t: second.refreshToken })).data!.endSession).toBe(false);
  });

  it('should refuse a refresh after the working day has passed, and an unknown or malformed token', async () => {
    const first = await open('OP0002');
    calendar.advance(SESSION_LIFETIME_MS - 60_000);
    const late = (await refresh(first.refreshToken)).data!.refreshSession;
    calendar.advance(120_000);
    expect(codeOf(await refresh(late.refreshToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh('A'.repeat(43)))).toBe('UNAUTHENTICATED');
    const malformed = await refresh('not a token');
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.extensions?.['field']).toBe('refreshToken');
  });

  it('should end every session of an operator whose certification is revoked [R10]', async () => {
    const first = await open('OP0005');
    const input = { operatorId: 'OP0005', ground: 'EXCLUDED_UNFAVOURABLE_CASES' as const, reason: 'Cases withheld, verified against the cath-lab log', decisionRecord: 'Steering resolution' };
    expect((await h.as(v.steering, REVOKE, { input })).data!.revokeCertification.operator.status).toBe('REVOKED');
    expect(codeOf(await refresh(first.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await openFamilies('OP0005')).toBe(0);
  });

  it('should not offer the session mutations in the public API (only the gateway calls them here)', async () => {
    const { readFileSync } = await import('node:fs');
    const { Supergraph } = await import('@apollo/federation-internals');
    const { SUPERGRAPH_PATH } = await import('../../../scripts/supergraph.ts');
    const api = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
    const fields = Object.keys(api.getMutationType()!.getFields());
    expect(fields).toContain('login');
    for (const hidden of ['openSession', 'refreshSession', 'endSession']) expect(fields).not.toContain(hidden);
  });
});
