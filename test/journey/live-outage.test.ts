import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAdjudicationService, type AdjudicationService } from '@registry/adjudication';
import { createGateway, type Gateway } from '@registry/gateway';
import { SUPERGRAPH_PATH } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { graphql } from '../gql/index.ts';
import { collect, eventually, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const POSTS_ADDED = `subscription($threadId: ID!, $after: String) {
  threadPostAdded(threadId: $threadId, after: $after) { id body cursor }
}`;
const POST = graphql(`mutation LiveOutagePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }`);
/** Shortened for the test; the gateway's default is UPSTREAM_OUTAGE_MS (5 s). */
const OUTAGE_MS = 1_500;

interface PostEvent {
  threadPostAdded: { id: string; body: string; cursor: string };
}

/**
 * A gateway whose only adjudication process is gone (#17, replicas): its live clients are
 * never left listening to a silent feed. Past the outage bound each one, and each new
 * subscription made meanwhile, ends with SERVICE_UNAVAILABLE and the cursor to resume
 * after; subscribing again with `after` it, once a process is back, delivers what was
 * posted meanwhile, once.
 */
describe('a live feed whose every upstream process is gone (#17, replicas) [R6]', () => {
  let t: TestRegistry;
  let own: AdjudicationService | undefined;
  let ownPort: number;
  let gateway: Gateway;
  let wsUrl: string;
  let sato: string;
  let threadId: string;
  const clients: Client[] = [];
  const logger = createLogger('test', process.env['TEST_LOG_LEVEL'] ?? 'silent');
  const client = () => {
    const c = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${sato}` }, retryAttempts: 0 });
    clients.push(c);
    return c;
  };
  const startOwn = async (port = 0) => {
    own = await createAdjudicationService({ handle: t.handle, bus: t.registry.bus, keys: t.keys, logger });
    return new URL(await own.server.listen(port, '127.0.0.1'));
  };
  const post = async (body: string) => {
    // Through the registry's own gateway and adjudication process: the event reaches the
    // process behind the other gateway through the bus.
    const res = await t.gql(POST, { token: sato, variables: { t: threadId, b: body } });
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    const url = await startOwn();
    ownPort = Number(url.port);
    const urls = t.registry.subgraphUrls;
    gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: { operators: urls.operators, cases: urls.cases, adjudication: [url.toString()] },
      userPublicKey: t.keys.userPublic,
      internalPrivateKey: t.keys.internalPrivate!,
      logger,
      production: false,
      upstreamOutageMs: OUTAGE_MS,
    });
    wsUrl = (await gateway.listen(0, '127.0.0.1')).replace(/^http/, 'ws');
    sato = await t.login('OP0003');
    const res = await t.gql(graphql(`query LiveOutageThreadOfCase { case(registrationNumber: "CTO-2026-00004") { discussion { id } } }`), { token: sato });
    threadId = res.data!.case!.discussion!.id;
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await gateway?.stop();
    await own?.stop();
    await t?.stop();
  });

  it('should tell a live client and a new one SERVICE_UNAVAILABLE with the cursor, and deliver what was posted meanwhile once they resubscribe after it', async () => {
    const first = collect<PostEvent>(client(), POSTS_ADDED, { threadId });
    await eventually(() => gateway.metrics.upstream().subscriptions >= 1);
    // graphql-ws does not acknowledge a subscribe: post until the feed is known to be live.
    let warmUps = 0;
    await eventually(async () => {
      if (first.events.length > 0) return true;
      await post(`before the outage ${++warmUps}`);
      await new Promise((r) => setTimeout(r, 300));
      return first.events.length > 0;
    }, 30_000);
    const cursor = first.events.at(-1)!.data!.threadPostAdded.cursor;

    await own!.stop();
    own = undefined;
    await post('during the outage');
    // The live one is told: a last result with the error and its cursor, then the end.
    await eventually(() => first.completed || first.error !== undefined, 15_000);
    const told = first.events.at(-1)!;
    expect(told.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', cursor });
    expect(told.data ?? null).toBeNull();
    // One made during the outage is told too, not accepted and left silent.
    const late = collect<PostEvent>(client(), POSTS_ADDED, { threadId, after: cursor });
    await eventually(() => late.completed || late.error !== undefined, 15_000);
    expect(late.events.at(-1)?.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');

    await startOwn(ownPort);
    const resumed = collect<PostEvent>(client(), POSTS_ADDED, { threadId, after: cursor });
    const [missed] = await resumed.take(1, 15_000);
    expect(missed!.data!.threadPostAdded.body).toBe('during the outage');
    await post('after the outage');
    const events = await resumed.take(2, 15_000);
    expect(events.map((e) => e.data!.threadPostAdded.body)).toEqual(['during the outage', 'after the outage']);
    expect(resumed.error).toBeUndefined();
  });
});
