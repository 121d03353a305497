import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/** The hot page of the benchmark: cases, their operators and facilities, discussions, posts and authors. */
const LIBRARY = `query {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator { id name facility { name } }
      discussion { id posts { id body author { id name } } }
    }
  }
}`;
const THREAD = graphql(`query SharedFetchesThread($id: ID!) { thread(id: $id) { posts { body } } }`);
const POST = 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }';

describe('identical subgraph fetches in flight are sent once, through the gateway [#17.1]', () => {
  let t: TestRegistry;
  let sato: string;
  let tanaka: string;
  const sent = () => ({ ...t.registry.gateway.metrics.shared() });

  beforeAll(async () => {
    t = await startTestRegistry();
    sato = await t.login('OP0003');
    tanaka = await t.login('OP0004');
  });
  afterAll(() => t.stop());

  it('should answer 16 identical pages in flight at once exactly as one page alone, each fetch sent or shared', async () => {
    const alone = await t.gql(LIBRARY, { token: sato });
    expect(alone.errors).toBeUndefined();
    const before = sent();
    const lone = await t.gql(LIBRARY, { token: sato });
    const perPage = sent().started - before.started;

    const start = sent();
    const pages = await Promise.all(Array.from({ length: 16 }, () => t.gql(LIBRARY, { token: sato })));
    for (const page of pages) expect(page).toEqual(alone);
    expect(lone).toEqual(alone);
    const after = sent();
    // Every fetch of the 16 pages was either sent or answered by an identical one in flight.
    expect(after.started - start.started + (after.joined - start.joined)).toBe(16 * perPage);
  });

  it('should give two operators in flight at once each their own answer', async () => {
    const mine = await t.gql('{ viewer { loginId name } }', { token: sato });
    const theirs = await t.gql('{ viewer { loginId name } }', { token: tanaka });
    const both = await Promise.all(Array.from({ length: 8 }, (_, i) => t.gql('{ viewer { loginId name } }', { token: i % 2 ? tanaka : sato })));
    both.forEach((answer, i) => expect(answer).toEqual(i % 2 ? theirs : mine));
    expect(mine).not.toEqual(theirs);
  });

  it('should show a post on the next read, with identical reads in flight while it was written', async () => {
    const page = await t.gql(graphql(`query SharedFetchesThreadOfCase { case(registrationNumber: "CTO-2026-00004") { discussion { id } } }`), { token: sato });
    const threadId = page.data!.case!.discussion!.id;
    const reads = Array.from({ length: 8 }, () => t.gql(THREAD, { token: tanaka, variables: { id: threadId } }));
    const written = await t.gql(POST, { token: sato, variables: { t: threadId, b: 'Seen on the very next read' } });
    expect(written.errors).toBeUndefined();
    const next = await t.gql(THREAD, { token: tanaka, variables: { id: threadId } });
    expect(next.data!.thread!.posts.map((p) => p.body)).toContain('Seen on the very next read');
    await Promise.all(reads);
  });

  it('should ask the operators subgraph for each operator, facility and author once per entity fetch, and answer every position', async () => {
    const representations: unknown[][] = [];
    const server = t.registry.operators.server.httpServer;
    const listen = (req: IncomingMessage) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const reps = (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { variables?: { representations?: unknown[] } }).variables?.representations;
        if (reps) representations.push(reps);
      });
    };
    const caches = [...t.registry.gateway.entityCaches.values()];
    server.prependListener('request', listen);
    caches.forEach((c) => (c.enabled = false));
    try {
      const page = await t.gql<{ caseLibrary: { nodes: { operator: { id: string; name: string; facility: { name: string } } }[] } }>(LIBRARY, { token: sato });
      expect(page.errors).toBeUndefined();
      const nodes = page.data!.caseLibrary.nodes;
      const operators = new Set(nodes.map((n) => n.operator.id));
      expect(operators.size).toBeLessThan(nodes.length);
      // Every position has its operator, the same one wherever that operator appears.
      for (const n of nodes) expect(n.operator).toEqual(nodes.find((m) => m.operator.id === n.operator.id)!.operator);
      expect(representations.length).toBeGreaterThan(0);
      for (const reps of representations) expect(new Set(reps.map((r) => JSON.stringify(r))).size).toBe(reps.length);
      expect(representations.some((reps) => reps.length === operators.size && (reps[0] as { __typename: string }).__typename === 'Operator')).toBe(true);
    } finally {
      caches.forEach((c) => (c.enabled = true));
      server.off('request', listen);
    }
  });
});
