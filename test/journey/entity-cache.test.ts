import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry } from '../support/harness.ts';

/** The hot page of the benchmark, with each operator's status: operators and authors are `_entities` fetches of the operators subgraph. */
const LIBRARY = graphql(`query EntityCacheLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator { id name status facility { name } }
      discussion { id posts { id body author { id name } } }
    }
  }
}`);
const REVOKE = graphql(`mutation EntityCacheRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }`);

describe('the entity cache: never stale, never shared across roles [#17.1]', () => {
  let t: TestRegistry;
  let sato: string;
  let tanaka: string;
  let steering: string;
  const cache = () => t.registry.gateway.metrics.entityCaches()['operators']!;
  const operatorsFetches = () => t.registry.gateway.metrics.fetches['operators'] ?? 0;
  /** The operators subgraph's fetches made while `read` runs. */
  const fetchesOf = async <T>(read: () => Promise<T>): Promise<{ answer: T; fetches: number }> => {
    const before = operatorsFetches();
    const answer = await read();
    return { answer, fetches: operatorsFetches() - before };
  };
  const page = async (token: string) => {
    const answer = await t.gql(LIBRARY, { token });
    return { errors: answer.errors, data: answer.data! };
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    sato = await t.login('OP0003');
    tanaka = await t.login('OP0004');
    // Logged in first, so the tests start from logged-in viewers; a login changes no cached
    // entity and leaves the cache warm (test/journey/entity-cache-writes.test.ts).
    steering = await t.login('OP0001');
    await vi.waitFor(() => expect(cache().live).toBe(true), { timeout: 10_000 });
  });
  afterAll(() => t.stop());

  it('should answer the operators and authors of a page read again from the cache, with the same answer', async () => {
    const first = await page(sato);
    expect(first.errors).toBeUndefined();
    const again = await fetchesOf(() => page(sato));
    expect(again.answer).toEqual(first);
    expect(again.fetches).toBe(0);
    expect(cache().hits).toBeGreaterThan(0);
  });

  it('should share an entry between two viewers of the same roles, each answered as alone', async () => {
    const mine = await page(sato);
    const theirs = await fetchesOf(() => page(tanaka));
    expect(theirs.fetches).toBe(0);
    expect(theirs.answer.data.caseLibrary.nodes.map((n) => n.operator)).toEqual(mine.data.caseLibrary.nodes.map((n) => n.operator));
  });

  it('should never answer a viewer of other roles from an entry another kept', async () => {
    const kept = await fetchesOf(() => page(sato));
    expect(kept.fetches).toBe(0);
    const other = await fetchesOf(() => page(steering));
    expect(other.answer.errors).toBeUndefined();
    expect(other.fetches).toBeGreaterThan(0);
  });

  it('should show a change made through the gateway on the very next read (a revocation [R10])', async () => {
    const before = await page(sato);
    const target = before.data.caseLibrary.nodes.map((n) => n.operator).find((o) => o !== null && !['OP0001', 'OP0003', 'OP0004'].includes(o.id) && o.status === 'CERTIFIED')!;
    expect(target).toBeDefined();
    const revoked = await t.gql(REVOKE, {
      token: steering,
      variables: { input: { operatorId: target.id, ground: 'EXCLUDED_UNFAVOURABLE_CASES', reason: 'Verified exclusion of cases', decisionRecord: 'Steering minutes 2026-12' } },
    });
    expect(revoked.errors).toBeUndefined();
    const after = await page(sato);
    const seen = after.data.caseLibrary.nodes.filter((n) => n.operator?.id === target.id).map((n) => n.operator?.status);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['REVOKED']));
  });

  it('should show a change committed elsewhere (another replica, a consumer) once its commit is heard, and not before', async () => {
    await page(sato);
    const heard = cache().invalidations;
    await t.handle.db.execute(sql`update operators.facilities set name = name || ' (renamed)' where id = 'F004'`);
    await vi.waitFor(() => expect(cache().invalidations).toBeGreaterThan(heard), { timeout: 5_000 });
    const after = await fetchesOf(() => page(sato));
    expect(after.fetches).toBeGreaterThan(0);
    const names = after.answer.data.caseLibrary.nodes.filter((n) => n.operator?.id === 'OP0004').map((n) => n.operator?.facility.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/ \(renamed\)$/);
  });

  it('should hear nothing of a transaction rolled back, nor of reads', async () => {
    await page(sato);
    const heard = cache().invalidations;
    await t.handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`update operators.operators set name = 'Never committed' where id = 'OP0004'`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await t.gql(graphql(`query EntityCacheReads { certifiedOperators(first: 5) { id } viewer { loginId } }`), { token: tanaka });
    // A NOTIFY arrives within milliseconds of its commit; this waits well past that.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cache().invalidations).toBe(heard);
    expect((await fetchesOf(() => page(sato))).fetches).toBe(0);
  });

  it("should name a live post's author from the cache once it holds the name [R6]", async () => {
    const thread = await t.gql(graphql(`query EntityCacheThread { case(registrationNumber: "CTO-2026-00008") { discussion { id } } }`), { token: sato });
    const threadId = thread.data!.case!.discussion!.id;
    const live = collect<{ threadPostAdded: { body: string; author: { name: string } } }>(t.ws(sato), 'subscription($id: ID!) { threadPostAdded(threadId: $id) { body author { name } } }', { id: threadId });
    const post = (body: string) => t.gql(graphql(`mutation EntityCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }`), { token: tanaka, variables: { t: threadId, b: body } });
    // The subscription is in place once a first post arrives.
    await vi.waitFor(async () => {
      await post('Is the feed in place?');
      await live.take(1, 1_000);
    }, { timeout: 10_000 });
    const body = 'A second look at the distal cap';
    const second = await fetchesOf(async () => {
      await post(body);
      await vi.waitFor(() => expect(live.events.some((e) => e.data?.threadPostAdded.body === body)).toBe(true), { timeout: 10_000 });
    });
    expect(live.events.find((e) => e.data?.threadPostAdded.body === body)?.data?.threadPostAdded.author).toEqual({ name: 'Yuki Tanaka' });
    expect(second.fetches).toBe(0);
    live.dispose();
  });

  it("should never tell a client that an answer may be kept: the subgraph's hints stay in the gateway", async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sato}` },
      body: JSON.stringify({ query: '{ operator(id: "OP0004") { name facility { name } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control') ?? 'no-store').not.toMatch(/public|max-age=[1-9]/);
  });
});
