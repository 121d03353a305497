import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createAdjudicationService, type AdjudicationService } from '@registry/adjudication';
import { createGateway, type Gateway } from '@registry/gateway';
import { SUPERGRAPH_PATH } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { graphql } from '../gql/index.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { collect, eventually, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const POSTS_ADDED = graphql(`subscription ReplicaFailoverPostsAdded($threadId: ID!, $after: String) {
  threadPostAdded(threadId: $threadId, after: $after) { id body cursor author { name } }
}`);
const POST = graphql(`mutation ReplicaFailoverPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }`);

/**
 * Several processes of a subgraph behind one gateway (#17, replicas): the gateway is given
 * two adjudication processes on one database (`ADJUDICATION_URL=a,b`). When one goes away
 * its queries go to the other, and a live subscription on it moves to the other and goes
 * on from its cursor: every post exactly once, in order, none left silent.
 */
describe('a gateway over two processes of a subgraph (#17, replicas)', () => {
  let t: TestRegistry;
  let second: AdjudicationService;
  let secondUrl: string;
  let gateway: Gateway;
  let gatewayUrl: string;
  let sato: string;
  let threadId: string;

  const query = async <T, V>(url: string, q: TypedDocumentString<T, V>, variables?: V) => t.gql(q, { url, token: sato, variables });

  beforeAll(async () => {
    t = await startTestRegistry();
    const logger = createLogger('test', process.env['TEST_LOG_LEVEL'] ?? 'silent');
    second = await createAdjudicationService({ handle: t.handle, bus: t.registry.bus, keys: t.keys, logger });
    secondUrl = await second.server.listen(0, '127.0.0.1');
    const urls = t.registry.subgraphUrls;
    gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      // The second process first: the subscriptions of this gateway open on it.
      subgraphUrls: { operators: urls.operators, cases: urls.cases, adjudication: [secondUrl, urls.adjudication] },
      userPublicKey: t.keys.userPublic,
      internalPrivateKey: t.keys.internalPrivate!,
      logger,
      production: false,
    });
    gatewayUrl = await gateway.listen(0, '127.0.0.1');
    sato = await t.login('OP0003');
    const res = await query(gatewayUrl, graphql(`query ReplicaFailoverThread { case(registrationNumber: "CTO-2026-00004") { discussion { id } } }`));
    expect(res.errors).toBeUndefined();
    threadId = res.data!.case!.discussion!.id;
  });

  afterAll(async () => {
    await gateway?.stop();
    await second?.stop();
    await t?.stop();
  });

  it('should move a live subscription to the other process when its process goes away, every post once and in order, and answer queries from the one left', async () => {
    const client = createClient({ url: gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${sato}` }, retryAttempts: 0 });
    // `collect` posts the document's text: the answer is typed by the generated subscription type, the variables by `satisfies`.
    const sub = collect(client, POSTS_ADDED, { threadId });
    await eventually(() => gateway.metrics.upstream().subscriptions >= 1);
    const post = async (body: string) => {
      // Posted through the registry's own gateway: the event reaches this one through the bus.
      const res = await t.gql(POST, { token: sato, variables: { t: threadId, b: body } });
      expect(res.errors).toBeUndefined();
    };
    await post('before the outage');
    await sub.take(1);

    await second.stop();
    await post('during the move');
    await post('after the move');
    const events = await sub.take(3, 20_000);
    expect(sub.error).toBeUndefined();
    expect(events.map((e) => e.data?.threadPostAdded.body)).toEqual(['before the outage', 'during the move', 'after the move']);
    expect(new Set(events.map((e) => e.data?.threadPostAdded.id)).size).toBe(3);
    expect(events[2]!.data?.threadPostAdded.author.name).toBeTruthy();

    // Queries needing adjudication skip the process that is gone: connection refused is sent to the next.
    for (let i = 0; i < 4; i++) {
      const res = await query(gatewayUrl, graphql(`query ReplicaFailoverThreadPosts { case(registrationNumber: "CTO-2026-00004") { discussion { id posts(first: 1) { body } } } }`));
      expect(res.errors).toBeUndefined();
    }
    expect((await fetch(new URL('/readyz', gatewayUrl))).status).toBe(200);
    await client.dispose();
  });
});
