import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

// The gateway's /auth routes (docs/decisions.md): the refresh token only ever in an
// HttpOnly, SameSite=Strict cookie scoped to /auth; the body carries the access token.
let t: TestRegistry;
let origin: string;

beforeAll(async () => {
  t = await startTestRegistry();
  origin = new URL(t.url).origin;
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

const post = (route: string, options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${origin}/auth/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    body: JSON.stringify(options.body ?? {}),
  });

/** The `name=value` of the session cookie a response sets, and its attributes. */
function sessionCookie(response: Response): { pair: string; attributes: string } {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('registry_session='));
  if (!header) throw new Error('no session cookie set');
  const [pair, ...attributes] = header.split(';');
  return { pair: pair!.trim(), attributes: attributes.join(';') };
}

describe('the browser session through the gateway (issue 10)', () => {
  it('should log in with the refresh token in an HttpOnly SameSite=Strict cookie on /auth, never in the body, and a short access token that works on /graphql', async () => {
    const login = await post('login', { body: { operatorId: 'OP0003', password: 'demo-password' } });
    expect(login.status).toBe(200);
    const { pair, attributes } = sessionCookie(login);
    expect(attributes).toMatch(/HttpOnly/i);
    expect(attributes).toMatch(/SameSite=Strict/i);
    expect(attributes).toMatch(/Path=\/auth/i);
    // Plain HTTP here: a Secure cookie would never come back.
    expect(attributes).not.toMatch(/Secure/i);
    const body = (await login.json()) as { token: string; viewer: { loginId: string } };
    expect(JSON.stringify(body)).not.toContain(pair.split('=')[1]);
    expect(body.viewer.loginId).toBe('OP0003');
    const viewer = await t.gql<{ viewer: { loginId: string } }>('{ viewer { loginId } }', { token: body.token });
    expect(viewer.data?.viewer.loginId).toBe('OP0003');
  });

  it('should mark the cookie Secure when a same-host proxy says the request came over HTTPS', async () => {
    const login = await post('login', { body: { operatorId: 'OP0003', password: 'demo-password' }, headers: { 'x-forwarded-proto': 'https' } });
    expect(sessionCookie(login).attributes).toMatch(/Secure/i);
  });

  it('should rotate the cookie on each refresh, and revoke the family when an old cookie comes back', async () => {
    const login = await post('login', { body: { operatorId: 'OP0004', password: 'demo-password' } });
    const first = sessionCookie(login).pair;
    const refreshed = await post('refresh', { cookie: first });
    expect(refreshed.status).toBe(200);
    const second = sessionCookie(refreshed).pair;
    expect(second).not.toBe(first);
    expect(((await refreshed.json()) as { token: string }).token).toMatch(/^eyJ/);

    const replay = await post('refresh', { cookie: first });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(sessionCookie(replay).attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await post('refresh', { cookie: second })).status).toBe(401);
  });

  it('should end the session at logout and clear the cookie; a refresh without a cookie is refused', async () => {
    const login = await post('login', { body: { operatorId: 'OP0001', password: 'demo-password' } });
    const cookie = sessionCookie(login).pair;
    const logout = await post('logout', { cookie });
    expect(logout.status).toBe(204);
    expect(sessionCookie(logout).attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await post('refresh', { cookie })).status).toBe(401);
    expect((await post('refresh')).status).toBe(401);
  });

  it('should refuse the one login text for a wrong password, and a cross-origin or non-JSON request', async () => {
    const wrong = await post('login', { body: { operatorId: 'OP0003', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const foreign = await post('login', { body: { operatorId: 'OP0003', password: 'demo-password' }, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${origin}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'operatorId=OP0003&password=demo-password' });
    expect(form.status).toBe(403);
  });
});
