/**
 * Sessions across gateways: the refresh tokens are the operators subgraph's, in
 * PostgreSQL, so a session opened through gateway A is refreshed through gateway B, and a
 * spent token replayed through either ends the family on both.
 */
const COOKIE = 'registry_session';

async function step(baseUrl: string, route: string, body: unknown, cookie?: string): Promise<{ status: number; cookie?: string }> {
  const res = await fetch(new URL(route, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie: `${COOKIE}=${encodeURIComponent(cookie)}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  await res.arrayBuffer();
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`) && !c.startsWith(`${COOKIE}=;`));
  const value = set ? decodeURIComponent(set.slice(COOKIE.length + 1).split(';')[0]!) : undefined;
  return { status: res.status, ...(value ? { cookie: value } : {}) };
}

/** The steps and their statuses; `ok` when each answered what it should. */
export async function sessionsAcrossGateways(a: string, b: string, operatorId: string): Promise<{ ok: boolean; steps: string[] }> {
  const steps: string[] = [];
  const login = await step(a, '/auth/login', { operatorId, password: 'demo-password' });
  steps.push(`login A ${login.status}`);
  const first = await step(b, '/auth/refresh', {}, login.cookie);
  steps.push(`refresh B ${first.status}`);
  const second = await step(a, '/auth/refresh', {}, first.cookie);
  steps.push(`refresh A ${second.status}`);
  const replay = await step(b, '/auth/refresh', {}, login.cookie);
  steps.push(`replay of the spent token B ${replay.status}`);
  const after = await step(a, '/auth/refresh', {}, second.cookie);
  steps.push(`family ended A ${after.status}`);
  const ok = login.status === 200 && !!login.cookie && first.status === 200 && !!first.cookie && second.status === 200 && replay.status === 401 && after.status === 401;
  return { ok, steps };
}
