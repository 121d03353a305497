import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const LIBRARY = graphql(`query FirstSliceLibrary($first: Int, $after: String) {
  caseLibrary(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      registrationNumber
      operator { id name facility { name } }
      discussion { id posts { id body createdAt author { id name } } }
    }
  }
}`);
const THREAD_OF = graphql(`query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }`);
const POST = graphql(`mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }`);

describe('the first vertical slice, through the gateway', () => {
  let t: TestRegistry;
  let operatorToken: string;

  beforeAll(async () => {
    t = await startTestRegistry();
    operatorToken = await t.login('OP0003');
  });
  afterAll(() => t.stop());

  it('should list certified operators with facility and location to anyone, without a token [R12]', async () => {
    const res = await t.gql<{ certifiedOperators: { id: string; name: string; facility: { name: string; location: string } }[] }>(
      '{ certifiedOperators { id name facility { name location } } }',
    );
    expect(res.errors).toBeUndefined();
    const ids = res.data!.certifiedOperators.map((o) => o.id).sort();
    expect(ids).toEqual(['OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006']);
    expect(res.data!.certifiedOperators).toContainEqual({
      id: 'OP0003',
      name: 'Kenji Sato',
      facility: { name: 'Kita Heart Institute', location: 'Sapporo, Hokkaido' },
    });
  });

  it('should never list associates or OB operators publicly [R11][R12]', async () => {
    const res = await t.gql<{ certifiedOperators: { id: string }[] }>('{ certifiedOperators { id } }');
    expect(res.data!.certifiedOperators.map((o) => o.id)).not.toContain('OP0007');
    expect(res.data!.certifiedOperators.map((o) => o.id)).not.toContain('OP0009');
  });

  it('should page the case library with the operator from operators and the discussion from adjudication [R5][R21a]', async () => {
    const first = await t.gql(LIBRARY, { token: operatorToken, variables: { first: 5 } });
    expect(first.errors).toBeUndefined();
    const page = first.data!.caseLibrary;
    // Fourteen 2026 cases and the 76 of 2024–2025 whose consent stands (seed/history.ts).
    expect(page.totalCount).toBe(90);
    expect(page.nodes).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes[0]?.operator).toMatchObject({ id: expect.any(String), name: expect.any(String), facility: { name: expect.any(String) } });

    const rest = await t.gql(LIBRARY, { token: operatorToken, variables: { first: 100, after: page.pageInfo.endCursor } });
    expect(rest.data!.caseLibrary.nodes).toHaveLength(85);
    expect(rest.data!.caseLibrary.pageInfo.hasNextPage).toBe(false);
    const all = [...page.nodes, ...rest.data!.caseLibrary.nodes].map((n) => n.registrationNumber);
    expect(new Set(all).size).toBe(90);
  });

  it('should show a case with its discussion posts and their authors by real name [R6]', async () => {
    const res = await t.gql(
      graphql(`query FirstSliceCase { case(registrationNumber: "CTO-2026-00001") {
          registrationNumber operator { id name facility { name } }
          discussion { posts { body author { name } } } } }`),
      { token: operatorToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.case!.operator).toEqual({ id: 'OP0001', name: 'Taro Yamada', facility: { name: 'Sakura Heart Hospital' } });
    expect(res.data!.case!.discussion!.posts.map((p) => p.author?.name)).toEqual(['Kenji Sato', 'Taro Yamada', 'Yuki Tanaka']);
  });

  it('should give no path from a case to a patient code or initials [R30]', async () => {
    const res = await t.gql(graphql(`query FirstSliceCaseFields { __type(name: "Case") { fields { name } } }`), { token: operatorToken });
    const fields = res.data!.__type!.fields!.map((f) => f.name);
    expect(fields).not.toContain('patientCode');
    expect(fields).not.toContain('patientInitials');
    const probe = await t.gql('{ case(registrationNumber: "CTO-2026-00001") { patientCode } }', { token: operatorToken });
    expect(probe.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should let a certified operator post to a thread, and show the post to other operators [R6]', async () => {
    const lookup = await t.gql(THREAD_OF, { token: operatorToken, variables: { n: 'CTO-2026-00002' } });
    const threadId = lookup.data!.case!.discussion!.id;
    const posted = await t.gql(POST, { token: operatorToken, variables: { t: threadId, b: 'Was the stump tapered?' } });
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.postToThread).toMatchObject({ body: 'Was the stump tapered?', author: { name: 'Kenji Sato' } });
    const reader = await t.login('OP0005');
    const seen = await t.gql(THREAD_OF, { token: reader, variables: { n: 'CTO-2026-00002' } });
    expect(seen.data!.case!.discussion!.posts.map((p) => ({ body: p.body }))).toEqual([{ body: 'Was the stump tapered?' }]);
  });

  it('should refuse a post by an associate, who is not certified [R6][R11]', async () => {
    const associate = await t.login('OP0007');
    const lookup = await t.gql(THREAD_OF, { token: operatorToken, variables: { n: 'CTO-2026-00002' } });
    const res = await t.gql(POST, { token: associate, variables: { t: lookup.data!.case!.discussion!.id, b: 'hello' } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should refuse an empty post with the field path, and write nothing', async () => {
    const lookup = await t.gql(THREAD_OF, { token: operatorToken, variables: { n: 'CTO-2026-00003' } });
    const res = await t.gql(POST, { token: operatorToken, variables: { t: lookup.data!.case!.discussion!.id, b: '   ' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const after = await t.gql(THREAD_OF, { token: operatorToken, variables: { n: 'CTO-2026-00003' } });
    expect(after.data!.case!.discussion!.posts).toHaveLength(0);
  });

  it('should ask for a token before the case library', async () => {
    const res = await t.gql('{ caseLibrary { totalCount } }');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('should keep the core lab out of the library, which names operators [R25][R33]', async () => {
    const reader = await t.login('corelab-reader-1');
    const res = await t.gql('{ caseLibrary { totalCount } }', { token: reader });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should answer a bad page size with the field path', async () => {
    const res = await t.gql('{ caseLibrary(first: 1000) { totalCount } }', { token: operatorToken });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('should resolve a page of 50 with one request to each other subgraph (batched entities)', async () => {
    const before = { ...t.registry.gateway.metrics.fetches };
    const res = await t.gql(LIBRARY, { token: operatorToken, variables: { first: 50 } });
    expect(res.errors).toBeUndefined();
    const delta = (name: string) => (t.registry.gateway.metrics.fetches[name] ?? 0) - (before[name] ?? 0);
    expect(delta('cases')).toBe(1);
    expect(delta('adjudication')).toBe(1);
    // operators: the case operators, then the facilities of those operators and the post authors
    expect(delta('operators')).toBeLessThanOrEqual(2);
  });
});
