import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInternalToken, type Viewer } from '@registry/auth';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/** The case library page of the benchmark: each case's discussion is an `_entities` fetch of the adjudication subgraph. */
const LIBRARY = graphql(`query AdjudicationCacheLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator { id }
      discussion { id posts { id kind body createdAt editedAt cursor author { id } image { seriesUid frame } } }
    }
  }
}`);
const POST = graphql(`mutation AdjudicationCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }`);
const CASE_DISCUSSION = graphql(`query AdjudicationCacheCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }`);
const COMMITTEE_THREAD = graphql(`query AdjudicationCacheCommittee($n: RegistrationNumber!) {
  case(registrationNumber: $n) { matters { id committeeThread { id posts { id body } } } }
}`);
/** What the gateway sends the adjudication subgraph for a case's discussion. */
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { discussion { id posts { id body author { id } } } } } }';

describe("the entity cache of a case's discussion: never stale, never shared across roles [#17.1][R6]", () => {
  let t: TestRegistry;
  let sato: string;
  let tanaka: string;
  let steering: string;
  const cache = () => t.registry.gateway.metrics.entityCaches()['adjudication']!;
  const adjudicationFetches = () => t.registry.gateway.metrics.fetches['adjudication'] ?? 0;
  /** The adjudication subgraph's fetches made while `read` runs. */
  const fetchesOf = async <T>(read: () => Promise<T>): Promise<{ answer: T; fetches: number }> => {
    const before = adjudicationFetches();
    const answer = await read();
    return { answer, fetches: adjudicationFetches() - before };
  };
  const page = async (token: string) => {
    const answer = await t.gql(LIBRARY, { token });
    expect(answer.errors).toBeUndefined();
    return answer.data!.caseLibrary.nodes;
  };
  /** The adjudication subgraph's answer to the gateway's fetch of a case's discussion, as `viewer`, and its cache hint. */
  const entities = async (viewer: Viewer, registrationNumber: string) => {
    const token = await signInternalToken(viewer, 'adjudication', t.keys.internalPrivate!);
    const response = await fetch(t.registry.subgraphUrls.adjudication, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ENTITIES, variables: { r: [{ __typename: 'Case', registrationNumber }] } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    return { errors: body.errors, cacheControl: response.headers.get('cache-control') };
  };
  const caseOf = async (operatorId: string) => (await page(sato)).find((n) => n.operator?.id === operatorId)!.registrationNumber;

  beforeAll(async () => {
    t = await startTestRegistry();
    sato = await t.login('OP0003');
    tanaka = await t.login('OP0004');
    steering = await t.login('OP0001');
    await vi.waitFor(() => expect(cache().live).toBe(true), { timeout: 10_000 });
  });
  afterAll(() => t.stop());

  it('[R6][R24] should answer the second read of the library by another operator of the same roles with no adjudication call, the same discussions', async () => {
    const mine = await page(sato);
    const theirs = await fetchesOf(() => page(tanaka));
    expect(theirs.fetches).toBe(0);
    expect(theirs.answer.map((n) => n.discussion)).toEqual(mine.map((n) => n.discussion));
    expect(cache().hits).toBeGreaterThan(0);
  });

  it('should show a post made through the gateway on the very next read of the page', async () => {
    const before = await page(sato);
    const thread = before.find((n) => n.discussion !== null)!.discussion!;
    const body = 'Was the retrograde wire externalised before the CART?';
    const posted = await t.gql(POST, { token: tanaka, variables: { t: thread.id, b: body } });
    expect(posted.errors).toBeUndefined();
    const after = await page(sato);
    expect(after.find((n) => n.discussion?.id === thread.id)?.discussion?.posts.map((p) => p.body)).toContain(body);
  });

  it('should show a post committed by SQL (another replica, a consumer) once its commit is heard', async () => {
    const before = await page(sato);
    const thread = before.find((n) => n.discussion !== null)!.discussion!;
    expect((await fetchesOf(() => page(sato))).fetches).toBe(0);
    const heard = cache().invalidations;
    const body = 'Committed elsewhere: the IVUS run is attached.';
    const author = thread.posts[0]?.author.id ?? '00000000-0000-4000-8000-000000000000';
    await t.handle.db.execute(sql`insert into adjudication.posts (id, thread_id, seq, author_account_id, body)
      select gen_random_uuid(), ${thread.id}::uuid, coalesce(max(seq), 0) + 1000, ${author}::uuid, ${body} from adjudication.posts where thread_id = ${thread.id}::uuid`);
    await vi.waitFor(() => expect(cache().invalidations).toBeGreaterThan(heard), { timeout: 5_000 });
    const after = await fetchesOf(() => page(sato));
    expect(after.fetches).toBeGreaterThan(0);
    expect(after.answer.find((n) => n.discussion?.id === thread.id)?.discussion?.posts.map((p) => p.body)).toContain(body);
  });

  it('should hear nothing of a change to another subgraph: an operator renamed leaves the discussions kept', async () => {
    await page(sato);
    const heard = cache().invalidations;
    await t.handle.db.execute(sql`update operators.facilities set name = name || ' (renamed)' where id = 'F004'`);
    await vi.waitFor(() => expect(t.registry.gateway.metrics.entityCaches()['operators']!.entries).toBe(0), { timeout: 5_000 });
    expect(cache().invalidations).toBe(heard);
    expect((await fetchesOf(() => page(sato))).fetches).toBe(0);
  });

  it('should never answer a viewer of other roles from an entry an operator kept', async () => {
    expect((await fetchesOf(() => page(sato))).fetches).toBe(0);
    const other = await fetchesOf(() => page(steering));
    expect(other.fetches).toBeGreaterThan(0);
  });

  it('[R25] should never give the core lab a case discussion, kept or not: the subgraph refuses it and marks nothing', async () => {
    const [node] = await page(sato);
    const registrationNumber = node!.registrationNumber;
    const reader = await t.login('corelab-reader-1');
    const hits = cache().hits;
    const answer = await t.gql(CASE_DISCUSSION, { token: reader, variables: { n: registrationNumber } });
    expect(answer.data?.case?.discussion?.posts ?? null).toBeNull();
    expect(cache().hits).toBe(hits);
    const refused = await entities({ accountId: '00000000-0000-4000-8000-000000000001', roles: ['CORE_LAB_READER'] }, registrationNumber);
    expect(refused.errors).toBeDefined();
    expect(refused.cacheControl).toBe('no-store');
    const operator = await entities({ accountId: '00000000-0000-4000-8000-000000000002', roles: ['OPERATOR'], operatorId: 'OP0004', facilityId: 'F004' }, registrationNumber);
    expect(operator).toEqual({ errors: undefined, cacheControl: 'max-age=300, public' });
  });

  it("[R6][R11] should never keep what an associate reads of their own case's discussion: it is theirs by who they are, not their roles", async () => {
    const registrationNumber = await caseOf('OP0007');
    const own = await entities({ accountId: '00000000-0000-4000-8000-000000000003', roles: ['ASSOCIATE'], operatorId: 'OP0007', facilityId: 'F002' }, registrationNumber);
    expect(own).toEqual({ errors: undefined, cacheControl: 'max-age=300, private' });
    const another = await entities({ accountId: '00000000-0000-4000-8000-000000000004', roles: ['ASSOCIATE'], operatorId: 'OP0008', facilityId: 'F003' }, registrationNumber);
    expect(another.errors).toBeDefined();
    const associate = await t.login('OP0007');
    const stored = cache().stored;
    for (let i = 0; i < 2; i += 1) {
      const read = await fetchesOf(() => t.gql(CASE_DISCUSSION, { token: associate, variables: { n: registrationNumber } }));
      expect(read.answer.data?.case?.discussion?.id).toBeDefined();
      expect(read.fetches).toBeGreaterThan(0);
    }
    expect(cache().stored).toBe(stored);
  });

  it('[R47] should never keep a committee group thread', async () => {
    const registrationNumber = (await page(sato))[0]!.registrationNumber;
    const chair = await t.login('OP0002');
    const referred = await t.gql(graphql(`mutation AdjudicationCacheRefer($n: RegistrationNumber) { referCriteriaQuestion(question: "Is a 19 mm occlusion a long lesion?", registrationNumber: $n) { id } }`), { token: steering, variables: { n: registrationNumber } });
    const matterId = referred.data!.referCriteriaQuestion.id;
    expect((await t.gql(graphql(`mutation AdjudicationCacheScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }`), { token: steering, variables: { m: matterId } })).errors).toBeUndefined();
    expect((await t.gql(graphql(`mutation AdjudicationCacheSession($m: ID!) { declareSession(matterId: $m) { status } }`), { token: chair, variables: { m: matterId } })).errors).toBeUndefined();
    const opened = await t.gql(COMMITTEE_THREAD, { token: sato, variables: { n: registrationNumber } });
    const threadId = opened.data!.case!.matters.find((m) => m.id === matterId)!.committeeThread!.id;
    expect((await t.gql(POST, { token: sato, variables: { t: threadId, b: 'The lesion measured 19 mm on the dual injection.' } })).errors).toBeUndefined();
    const stored = cache().stored;
    for (let i = 0; i < 2; i += 1) {
      const read = await fetchesOf(() => t.gql(COMMITTEE_THREAD, { token: tanaka, variables: { n: registrationNumber } }));
      expect(read.answer.data!.case!.matters.find((m) => m.id === matterId)!.committeeThread!.posts.map((p) => p.body)).toContain('The lesion measured 19 mm on the dual injection.');
      expect(read.fetches).toBeGreaterThan(0);
    }
    expect(cache().stored).toBe(stored);
  });

  it("should serve nothing from the adjudication cache while that subgraph's feed is down, and leave the operators cache alone", async () => {
    await page(sato);
    expect((await fetchesOf(() => page(sato))).fetches).toBe(0);
    const feed = t.registry.adjudication.entityChanges!;
    await feed.stop();
    await vi.waitFor(() => expect(cache()).toMatchObject({ live: false, entries: 0 }), { timeout: 5_000 });
    expect(t.registry.gateway.metrics.entityCaches()['operators']!.live).toBe(true);
    const stored = cache().stored;
    for (let i = 0; i < 2; i += 1) expect((await fetchesOf(() => page(sato))).fetches).toBeGreaterThan(0);
    expect(cache().stored).toBe(stored);
    await feed.start();
    await vi.waitFor(() => expect(cache().live).toBe(true), { timeout: 10_000 });
    await page(sato);
    expect((await fetchesOf(() => page(sato))).fetches).toBe(0);
  });
});
