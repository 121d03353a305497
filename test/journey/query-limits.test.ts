import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signInternalToken } from '@registry/auth';
import { createGateway, type Gateway } from '@registry/gateway';
import { createLogger } from '@registry/logging';
import { QUERY_COST_LIMIT } from '@registry/query-cost';
import { SUPERGRAPH_PATH } from '../../scripts/supergraph.ts';
import { startTestRegistry, type GraphQLResponse, type TestRegistry } from '../support/harness.ts';

/**
 * One request must never take a process down [#15 item 1], and a client's mistake is never
 * a 5xx [#16]: the cost of a query is bounded before it runs, at the gateway and in every
 * subgraph, by the list sizes the SDL declares (`@listSize`), one test per shape of attack.
 */
let t: TestRegistry;
let token: string;
let threadId: string;

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

function expectTooCostly(res: GraphQLResponse) {
  expect(res.status).toBe(400);
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: QUERY_COST_LIMIT });
  const cost = res.errors?.[0]?.extensions?.['cost'];
  expect(cost === null || (typeof cost === 'number' && cost > QUERY_COST_LIMIT)).toBe(true);
  expect(res.data ?? null).toBeNull();
}

beforeAll(async () => {
  t = await startTestRegistry();
  token = await t.login('OP0003');
  const res = await t.gql<{ case: { discussion: { id: string } } }>('{ case(registrationNumber: "CTO-2026-00001") { discussion { id } } }', { token });
  threadId = res.data!.case.discussion.id;
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

describe('the cost of a query is bounded before it runs [#15]', () => {
  it('should refuse a cycle through lists (thread → posts → thread …) inside the depth limit', async () => {
    // Depth 11, the shape that ran 43 s and ended the adjudication process with heap OOM.
    const res = await t.gql('query($t: ID!) { thread(id: $t) { posts { thread { posts { thread { posts { thread { posts { thread { posts { id } } } } } } } } } } }', {
      token,
      variables: { t: threadId },
    });
    expectTooCostly(res);
  });

  it('should let a back-reference (Post.thread) add one, not multiply', async () => {
    const res = await t.gql<{ thread: { posts: { thread: { id: string } }[] } }>('query($t: ID!) { thread(id: $t) { posts { id thread { id case { registrationNumber } } } } }', {
      token,
      variables: { t: threadId },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.thread.posts.length).toBeGreaterThan(0);
    expect(res.data!.thread.posts.every((p) => p.thread.id === threadId)).toBe(true);
  });

  it('should refuse aliases that repeat a costly field', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: caseLibrary(first: 100) { nodes { discussion { posts { id author { name } } } } }`).join(' ');
    expectTooCostly(await t.gql(`{ ${aliases} }`, { token }));
  });

  it('should count the operations of one batch against one budget', async () => {
    // Each operation alone is within the limit; five of them in one request are not.
    const query = '{ caseLibrary(first: 100) { nodes { discussion { posts(first: 60) { id author { name } } } } } }';
    const alone = await t.gql(query, { token });
    expect(alone.status).toBe(200);
    expect(alone.errors).toBeUndefined();
    const batch = await post(Array.from({ length: 5 }, () => ({ query })));
    const results = batch.body as GraphQLResponse[];
    expect(results).toHaveLength(5);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'QUERY_TOO_COSTLY');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(results.some((r) => r.errors?.some((e) => e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR'))).toBe(false);
  });

  it('should count a fragment every time it is spread', async () => {
    const spreads = Array.from({ length: 4 }, (_, i) => `t${i}: thread(id: $t) { ...Nested }`).join(' ');
    const res = await t.gql(`query($t: ID!) { ${spreads} } fragment Nested on Thread { posts { id thread { posts { id author { name } } } } }`, {
      token,
      variables: { t: threadId },
    });
    expectTooCostly(res);
  });

  it('should refuse deep pages: large pages nested in large pages', async () => {
    expectTooCostly(await t.gql('{ caseLibrary(first: 100) { nodes { discussion { posts(first: 100) { revisions { body } author { name } } } } } }', { token }));
  });

  it('should refuse a page above its maximum with BAD_USER_INPUT on the argument', async () => {
    const library = await t.gql('{ caseLibrary(first: 101) { totalCount } }', { token });
    expect(library.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const posts = await t.gql('query($t: ID!) { thread(id: $t) { posts(first: 1000) { id } } }', { token, variables: { t: threadId } });
    expect(posts.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const negative = await t.gql('query($t: ID!) { thread(id: $t) { posts(first: -1) { id } } }', { token, variables: { t: threadId } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('should page a thread with first and after (a post cursor)', async () => {
    const all = await t.gql<{ thread: { posts: { id: string; cursor: string }[] } }>('query($t: ID!) { thread(id: $t) { posts { id cursor } } }', { token, variables: { t: threadId } });
    const posts = all.data!.thread.posts;
    expect(posts.length).toBeGreaterThan(1);
    const page = await t.gql<{ thread: { posts: { id: string }[] } }>('query($t: ID!, $a: String) { thread(id: $t) { posts(first: 1, after: $a) { id } } }', {
      token,
      variables: { t: threadId, a: posts[0]!.cursor },
    });
    expect(page.data!.thread.posts.map((p) => p.id)).toEqual([posts[1]!.id]);
  });

  it('should refuse the same query sent straight to a subgraph with a gateway token', async () => {
    const internal = await signInternalToken({ roles: ['OPERATOR'], operatorId: 'OP0003' } as never, 'adjudication', t.keys.internalPrivate!);
    const response = await fetch(t.registry.subgraphUrls.adjudication, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${internal}` },
      body: JSON.stringify({
        query: 'query($t: ID!) { thread(id: $t) { posts { thread { posts { thread { posts { id } } } } } } }',
        variables: { t: threadId },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: QUERY_COST_LIMIT });
  });

  it('should refuse a costly subscription over graphql-ws before it starts', async () => {
    const client = t.ws(token);
    const errors = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription($t: ID!) { threadPostAdded(threadId: $t) { thread { posts { thread { posts { thread { posts { id } } } } } } } }', variables: { t: threadId } },
        { next: () => undefined, error: resolve, complete: () => resolve(undefined) },
      );
    });
    expect(JSON.stringify(errors)).toContain('QUERY_TOO_COSTLY');
  });
});

describe('nested lists count their page, not a guess [15.1]', () => {
  // A case's audit trail, a series' files and a renewal's results take `first` (checked
  // against their maximum) and the cost counts that page: the same shape is refused whole
  // and answered with a small page.
  it('should refuse every case\'s whole audit trail in a library page, and answer a page of it [15.1]', async () => {
    const dc = await t.login('datacenter');
    expectTooCostly(await t.gql('{ caseLibrary(first: 100) { nodes { auditTrail { seq actor { name } } } } }', { token: dc }));
    const small = await t.gql('{ caseLibrary(first: 100) { nodes { auditTrail(first: 5) { seq actor { name } } } } }', { token: dc });
    expect(small.errors).toBeUndefined();
  });

  it('should page a case\'s audit trail with first and after (an entry\'s seq), and refuse a page above 200 [15.1]', async () => {
    const dc = await t.login('datacenter');
    const q = 'query($first: Int, $after: Int) { case(registrationNumber: "CTO-2026-00001") { auditTrail(first: $first, after: $after) { seq } } }';
    const seqs = async (variables: Record<string, unknown>) =>
      (await t.gql<{ case: { auditTrail: { seq: number }[] } }>(q, { token: dc, variables })).data!.case.auditTrail.map((e) => e.seq);
    const all = await seqs({});
    expect(all.length).toBeGreaterThan(2);
    const walked: number[] = [];
    for (let after: number | undefined, pages = 0; pages < 200; pages++) {
      const page = await seqs({ first: 2, after });
      walked.push(...page);
      if (page.length < 2) break;
      after = page[page.length - 1];
    }
    expect(walked).toEqual(all);
    const refused = await t.gql(q, { token: dc, variables: { first: 201 } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('should refuse every file of every series of a library page, and answer a page of them [15.1]', async () => {
    expectTooCostly(await t.gql('{ caseLibrary(first: 100) { nodes { images { instances { sopInstanceUid retrieveUrl } } } } }', { token }));
    const small = await t.gql('{ caseLibrary(first: 100) { nodes { images { instances(first: 1) { sopInstanceUid retrieveUrl } } } } }', { token });
    expect(small.errors).toBeUndefined();
  });

  it('should count renewals\' whole results in a batch against one budget, and answer a page of each [15.1]', async () => {
    const secretariat = await t.login('secretariat');
    // Six renewals an operation (the alias limit is 15), five operations: 30 × 500 results.
    const operation = (page: string, o: number) => ({
      query: `{ ${Array.from({ length: 6 }, (_, i) => `r${i}: annualRenewal(year: ${2000 + o * 6 + i}) { results${page} { operator { name } outcome } }`).join(' ')} }`,
    });
    const whole = (await post(Array.from({ length: 5 }, (_, o) => operation('', o)), { authorization: `Bearer ${secretariat}` })).body as GraphQLResponse[];
    expect(whole.some((r) => r.errors?.[0]?.extensions?.['code'] === 'QUERY_TOO_COSTLY')).toBe(true);
    const paged = (await post(Array.from({ length: 5 }, (_, o) => operation('(first: 10)', o)), { authorization: `Bearer ${secretariat}` })).body as GraphQLResponse[];
    expect(paged.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('the size of an answer is capped, through the gateway [#15 item 1]', () => {
  it('should answer RESPONSE_TOO_LARGE instead of an answer above 8 MiB that the cost limit lets through, and the same page once', async () => {
    const page = await t.gql<{ case: { discussion: { id: string } } }>('{ case(registrationNumber: "CTO-2026-00002") { discussion { id } } }', { token });
    const bigThread = page.data!.case.discussion.id;
    // 100 posts of 10,000 characters (the longest a post may be): a page of them is about 1 MB.
    const body = 'x'.repeat(10_000);
    for (let i = 0; i < 100; i++) {
      const res = await t.gql('mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }', { token, variables: { t: bigThread, b: `${i} ${body}`.slice(0, 10_000) } });
      expect(res.errors).toBeUndefined();
    }
    const aliases = Array.from({ length: 9 }, (_, i) => `a${i}: thread(id: $t) { posts(first: 100) { body } }`).join(' ');
    const tooLarge = await t.gql(`query($t: ID!) { ${aliases} }`, { token, variables: { t: bigThread } });
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', maxBytes: 8 * 1024 * 1024 });
    // The subgraph refuses first (its own cap), and the gateway answers its error with every field null.
    expect(Object.values(tooLarge.data ?? {}).every((v) => v === null)).toBe(true);
    const once = await t.gql<{ thread: { posts: { body: string }[] } }>('query($t: ID!) { thread(id: $t) { posts(first: 100) { body } } }', { token, variables: { t: bigThread } });
    expect(once.errors).toBeUndefined();
    expect(once.data!.thread.posts).toHaveLength(100);
  }, 180_000);
});

describe('the registry\'s own queries stay within the limit [#15]', () => {
  it('should answer the README\'s queries', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('{ caseLibrary(first: 5)');
    expect(start).toBeGreaterThan(0);
    let depth = 0;
    let end = start;
    do depth += readme[end] === '{' ? 1 : readme[end] === '}' ? -1 : 0;
    while (depth > 0 && ++end < readme.length);
    const library = readme.slice(start, end + 1);
    for (const query of [library!, '{ certifiedOperators { name facility { name location } } }', '{ rulings { decision answer } criteriaVersions { version title } publishedRevocations { operatorName } }']) {
      const res = await t.gql(query, { token });
      expect(res.status, query).toBe(200);
      expect(res.errors, query).toBeUndefined();
    }
  });

  it('should answer the benchmark\'s federated page of 50', async () => {
    const res = await t.gql(
      '{ caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name facility { name } } discussion { id posts { body author { name } } } } } }',
      { token },
    );
    expect(res.errors).toBeUndefined();
  });
});

describe('client mistakes are answered 4xx, never 5xx [#16]', () => {
  it('should answer a syntax error 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post({ query: '{ certifiedOperators { name ' });
    expect(res.status).toBe(400);
    expect((res.body as GraphQLResponse).errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('should answer a query over the token limit 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post({ query: `{ ${'__typename '.repeat(4_000)}}` });
    expect(res.status).toBe(400);
    expect((res.body as GraphQLResponse).errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('should answer a batch over its size 400 BAD_REQUEST', async () => {
    const res = await post(Array.from({ length: 6 }, () => ({ query: '{ __typename }' })));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('BAD_REQUEST');
  });
});

describe('odd input is BAD_USER_INPUT with its field path [#15 item 7]', () => {
  const NUL = 'a\u0000b';
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['application(id:) with an invalid UUID', 'query($v: ID!) { application(id: $v) { id } }', { v: 'not-a-uuid' }, 'id'],
    ['operator(id:) with a NUL byte', 'query($v: ID!) { operator(id: $v) { id } }', { v: NUL }, 'id'],
    ['case(registrationNumber:) with a NUL byte', 'query($v: RegistrationNumber!) { case(registrationNumber: $v) { registrationNumber } }', { v: NUL }, 'registrationNumber'],
    ['certifiedOperators(prefecture:) with a NUL byte', 'query($v: String) { certifiedOperators(prefecture: $v) { id } }', { v: NUL }, 'prefecture'],
    ['certifiedOperators(facilityId:) with a NUL byte', 'query($v: ID) { certifiedOperators(facilityId: $v) { id } }', { v: NUL }, 'facilityId'],
    ['openDataQueries(facilityId:) with a NUL byte', 'query($v: ID!) { openDataQueries(facilityId: $v) { id } }', { v: NUL }, 'facilityId'],
    ['login(operatorId:) with a NUL byte', 'mutation($v: String!) { login(operatorId: $v, password: "x") { token } }', { v: NUL }, 'operatorId'],
    ['login(password:) with a lone surrogate', 'mutation($v: String!) { login(operatorId: "OP0003", password: $v) { token } }', { v: '\uD800' }, 'password'],
  ];
  for (const [name, query, variables, field] of cases) {
    it(`should refuse ${name}`, async () => {
      const secretariat = await t.login('secretariat');
      const res = await t.gql(query, { token: name.startsWith('openDataQueries') ? await t.login('datacenter') : name.startsWith('application') ? secretariat : token, variables });
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  }
});

describe('field suggestions stay hidden in production [#15 item 9]', () => {
  let production: Gateway;
  let url: string;
  beforeAll(async () => {
    production = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: t.registry.subgraphUrls,
      userPublicKey: t.keys.userPublic,
      internalPrivateKey: t.keys.internalPrivate!,
      logger: createLogger('test', 'silent'),
      production: true,
    });
    url = await production.listen(0);
  });
  afterAll(async () => {
    await production?.stop();
  });

  it('should send no "Did you mean" over graphql-ws', async () => {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: 'subscription { threadPostAded(threadId: "x") { id } }' }, { next: () => undefined, error: resolve, complete: () => resolve(undefined) });
      });
      expect(JSON.stringify(errors)).toContain('threadPostAded');
      expect(JSON.stringify(errors)).not.toMatch(/Did you mean/);
      const query = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: '{ certifiedOperator { id } }' }, { next: () => undefined, error: resolve, complete: () => resolve(undefined) });
      });
      expect(JSON.stringify(query)).not.toMatch(/Did you mean/);
    } finally {
      await client.dispose();
    }
  });

  it('should send no "Did you mean" over HTTP either', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ certifiedOperator { id } }' }) });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/Did you mean/);
  });
});
