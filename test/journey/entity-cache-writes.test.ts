import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInternalToken } from '@registry/auth';
import { ENTITIES_CHANGED_HEADER } from '@registry/http-host';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/** The hot page: its operators, their facilities and the posts' authors are `_entities` fetches of the operators subgraph. */
const LIBRARY = graphql(`query EntityCacheWritesLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator { id name status facility { name } }
      discussion { id posts { id author { id name } } }
    }
  }
}`);
const LOGIN = graphql(`mutation EntityCacheWritesLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }`);
const REVOKE = graphql(`mutation EntityCacheWritesRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }`);
const VIEWER = graphql(`query EntityCacheWritesViewer { viewer { id roles } }`);
const REGISTER_FACILITY = 'mutation($i: FacilityInput!) { registerFacility(input: $i) { id } }';

/**
 * [#17.1] The gateway empties its operators cache for a mutation only when the subgraph's
 * answer says the mutation changed a cached entity (the triggers' transaction-local flag):
 * logins, refreshes and logouts leave it warm; a change is still seen on the very next read.
 */
describe('the entity cache and the writes that go through the gateway [#17.1]', () => {
  let t: TestRegistry;
  let origin: string;
  let sato: string;
  let steering: string;
  const cache = () => t.registry.gateway.metrics.entityCaches()['operators']!;
  const operatorsFetches = () => t.registry.gateway.metrics.fetches['operators'] ?? 0;
  const page = async (token: string) => {
    const before = operatorsFetches();
    const answer = await t.gql(LIBRARY, { token });
    expect(answer.errors).toBeUndefined();
    return { data: answer.data!, fetches: operatorsFetches() - before };
  };
  const auth = (route: string, options: { body?: unknown; cookie?: string } = {}) =>
    fetch(`${origin}/auth/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}) },
      body: JSON.stringify(options.body ?? {}),
    });
  const cookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('registry_session='))!.split(';')[0]!;
  /** The operators subgraph's own answer to `query`, as the gateway receives it. */
  const subgraph = async (query: string, variables: Record<string, unknown>, viewer: Parameters<typeof signInternalToken>[0]) => {
    const token = await signInternalToken(viewer, 'operators', t.keys.internalPrivate!);
    return fetch(t.registry.subgraphUrls.operators, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    origin = new URL(t.url).origin;
    sato = await t.login('OP0003');
    steering = await t.login('OP0001');
    await vi.waitFor(() => expect(cache().live).toBe(true), { timeout: 10_000 });
  });
  afterAll(() => t.stop());

  it('[#17.1] should leave the cache warm after a login, a failed login, a refresh and a logout: the next page asks the operators subgraph nothing', async () => {
    await page(sato);
    expect((await page(sato)).fetches).toBe(0);
    const heard = cache().invalidations;

    const logged = await t.gql(LOGIN, { variables: { id: 'OP0004', pw: 'demo-password' } });
    expect(logged.data?.login.token).toBeTruthy();
    expect((await t.gql(LOGIN, { variables: { id: 'OP0004', pw: 'not the password' } })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const opened = await auth('login', { body: { operatorId: 'OP0005', password: 'demo-password' } });
    expect(opened.status).toBe(200);
    const refreshed = await auth('refresh', { cookie: cookieOf(opened) });
    expect(refreshed.status).toBe(200);
    expect((await auth('logout', { cookie: cookieOf(refreshed) })).status).toBe(204);

    expect((await page(sato)).fetches).toBe(0);
    // Logins write the account row (the failures count, the lockout) and the audit log: no
    // trigger of a cached entity fires, so the change feed is silent too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cache().invalidations).toBe(heard);
    expect((await page(sato)).fetches).toBe(0);
  });

  it('[#17.1] should mark the answer of a mutation that changed a cached entity, and not that of a login', async () => {
    const login = await subgraph('mutation($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }', { id: 'OP0004', pw: 'demo-password' }, { roles: [] });
    expect(login.status).toBe(200);
    expect(login.headers.get(ENTITIES_CHANGED_HEADER)).toBe('0');
    const secretariat = await t.login('secretariat');
    const who = await t.gql(VIEWER, { token: secretariat });
    expect(who.errors).toBeUndefined();
    const staff = who.data!.viewer!;
    const registered = await subgraph(REGISTER_FACILITY, { i: { name: 'Entity Cache Heart Center', prefecture: 'Miyagi', location: 'Sendai, Miyagi' } }, { accountId: staff.id, roles: staff.roles });
    expect(((await registered.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(registered.headers.get(ENTITIES_CHANGED_HEADER)).toBe('1');
  });

  it('[#17.1][R10] should show a revocation made through the gateway on the very next read, its answer having emptied the cache at once', async () => {
    const before = await page(sato);
    const target = before.data.caseLibrary.nodes.map((n) => n.operator).find((o) => o !== null && !['OP0001', 'OP0003', 'OP0004'].includes(o!.id) && o!.status === 'CERTIFIED')!;
    expect(target).toBeDefined();
    expect((await page(sato)).fetches).toBe(0);
    const revoked = await t.gql(REVOKE, {
      token: steering,
      variables: { input: { operatorId: target.id, ground: 'EXCLUDED_UNFAVOURABLE_CASES', reason: 'Verified exclusion of cases', decisionRecord: 'Steering minutes 2026-12' } },
    });
    expect(revoked.errors).toBeUndefined();
    const after = await page(sato);
    expect(after.fetches).toBeGreaterThan(0);
    const seen = after.data.caseLibrary.nodes.filter((n) => n.operator?.id === target.id).map((n) => n.operator?.status);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['REVOKED']));
  });
});
