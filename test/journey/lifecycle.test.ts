import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyUserToken } from '@registry/auth';
import { GOING_AWAY } from '@registry/http-host';
import { createLogger } from '@registry/logging';
import { createAdjudicationService } from '@registry/adjudication';
import { graphql } from '../gql/index.ts';
import { collect, eventually, startTestRegistry, type TestRegistry, untilLive } from '../support/harness.ts';

const POSTS_ADDED = graphql(`subscription LifecyclePostsAdded($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }`);
const POST = graphql(`mutation LifecyclePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }`);
const THREAD_OF_CASE = graphql(`query LifecycleThreadOfCase { case(registrationNumber: "CTO-2026-00002") { discussion { id } } }`);
const PER_SOCKET = 6;
const PER_PERSON = 9;
const CONNECTIONS = 40;

/** Everything a live subscription holds, from the gateway down to the bus. */
function liveState(t: TestRegistry) {
  const { gateway, adjudication, bus } = t.registry;
  return {
    hubShared: gateway.metrics.subscriptions().sharedSubscriptions,
    hubSubscribers: gateway.metrics.subscriptions().subscribers,
    gatewaySlots: gateway.metrics.live().active,
    upstream: gateway.metrics.upstream().subscriptions,
    subgraphSlots: adjudication.server.liveStats().active,
    busStreams: bus.stats().streams,
  };
}

function rawConnect(url: string) {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d.toString('latin1')));
  socket.on('error', () => undefined);
  return {
    socket,
    connected: new Promise<void>((resolve) => socket.once('connect', () => resolve())),
    closed: new Promise<void>((resolve) => socket.once('close', () => resolve())),
    received: () => received,
  };
}

describe('the registry under hostile clients, restarts and shutdown', () => {
  let t: TestRegistry;
  let sato: string;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestRegistry({
      gatewayHttp: { maxConnectionsPerClient: CONNECTIONS, timeouts: { default: { bodyMs: 500, requestMs: 10_000, idleMs: 10_000 }, routes: [] } },
      subscriptionLimits: { perSocket: PER_SOCKET, perPerson: PER_PERSON },
    });
    sato = await t.login('OP0003');
    const res = await t.gql(THREAD_OF_CASE, { token: sato });
    threadId = res.data!.case!.discussion!.id;
  });
  afterAll(() => t.stop());

  it('should close a slow-body request to the gateway\'s /graphql at its bound with 408', async () => {
    const c = rawConnect(t.url);
    await c.connected;
    c.socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"query":"');
    const drip = setInterval(() => !c.socket.destroyed && c.socket.write(' '), 100);
    await c.closed;
    clearInterval(drip);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 .*REQUEST_TIMEOUT/s);
  });

  it('should refuse a client\'s connections to the gateway beyond its cap with 503', async () => {
    const sockets = Array.from({ length: CONNECTIONS + 1 }, () => rawConnect(t.url));
    await Promise.all(sockets.map((s) => s.connected));
    await eventually(() => sockets.some((s) => s.received().length > 0));
    expect(sockets.filter((s) => /^HTTP\/1\.1 503 .*TOO_MANY_CONNECTIONS/s.test(s.received())).length).toBeGreaterThanOrEqual(1);
    for (const s of sockets) s.socket.destroy();
    await Promise.all(sockets.map((s) => s.closed));
    // The gateway counts the closes on its side a moment later; then a new client is welcome.
    await eventually(async () => {
      const probe = rawConnect(t.url);
      await probe.connected;
      probe.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      await probe.closed;
      return probe.received().startsWith('HTTP/1.1 200');
    });
  });

  it('should refuse subscriptions beyond the cap per socket and per person, and release every upstream stream after the sockets close', async () => {
    const before = liveState(t);
    const first = t.ws(sato);
    // Distinct `after` values: distinct shared subscriptions, each with its own upstream stream.
    const subs = Array.from({ length: PER_SOCKET + 1 }, (_, i) => collect(first, POSTS_ADDED, { t: threadId, after: String(i) }));
    await eventually(() => subs.some((s) => s.error !== undefined));
    await new Promise((r) => setTimeout(r, 200));
    const refusedOnSocket = subs.filter((s) => s.error !== undefined);
    expect(refusedOnSocket.map((s) => s.error)).toHaveLength(1);
    expect((refusedOnSocket[0]!.error as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');

    const second = t.ws(sato);
    const more = Array.from({ length: PER_PERSON - PER_SOCKET + 1 }, (_, i) => collect(second, POSTS_ADDED, { t: threadId, after: String(100 + i) }));
    await eventually(() => more.some((s) => s.error !== undefined));
    expect(more.filter((s) => s.error !== undefined)).toHaveLength(1);

    // The subgraph opens its streams a moment after the gateway's upstream subscribes.
    await eventually(() => liveState(t).upstream === before.upstream + PER_PERSON && liveState(t).busStreams === before.busStreams + PER_PERSON);
    expect(liveState(t)).toMatchObject({ hubShared: before.hubShared + PER_PERSON, gatewaySlots: before.gatewaySlots + PER_PERSON, busStreams: before.busStreams + PER_PERSON });

    // The subscriptions still open go on receiving.
    const posted = await t.gql(POST, { token: sato, variables: { t: threadId, b: 'still live' } });
    expect(posted.errors).toBeUndefined();
    const live = subs.find((s) => s.error === undefined)!;
    await eventually(() => live.events.some((e) => e.data?.threadPostAdded?.body === 'still live'));

    await first.dispose();
    await second.dispose();
    await eventually(() => JSON.stringify(liveState(t)) === JSON.stringify(before), 15_000).catch(() => undefined);
    expect(liveState(t)).toEqual(before);
  });

  it('should resume live delivery exactly once after the adjudication subgraph restarts [R6]', async () => {
    const reader = await t.login('OP0004');
    const before = liveState(t);
    const sub = collect(t.ws(reader), POSTS_ADDED, { t: threadId });
    await eventually(() => liveState(t).busStreams > before.busStreams);
    const bodies = ['before the restart'];
    expect((await t.gql(POST, { token: sato, variables: { t: threadId, b: bodies[0]! } })).errors).toBeUndefined();
    await sub.take(1);

    const old = t.registry.adjudication;
    const { port } = new URL(t.registry.subgraphUrls.adjudication);
    await old.stop();
    // Written while the subgraph is away (straight through its service, as another instance would).
    const { viewer } = await verifyUserToken(sato, t.keys.userPublic);
    await old.contextFor(viewer).discussion.post(threadId, 'while it was away');
    bodies.push('while it was away');

    const restarted = await createAdjudicationService({ handle: t.handle, bus: t.registry.bus, keys: t.keys, logger: createLogger('test', 'silent') });
    try {
      await restarted.server.listen(Number(port));
      await sub.take(2, 10_000);
      bodies.push('after the restart');
      expect((await t.gql(POST, { token: sato, variables: { t: threadId, b: bodies[2]! } })).errors).toBeUndefined();
      await sub.take(3, 10_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(sub.events.map((e) => e.data!.threadPostAdded.body)).toEqual(bodies);
      sub.dispose();
    } finally {
      await restarted.stop();
    }
  });
});

describe('the gateway stopping', () => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry();
  });
  afterAll(() => t.stop());

  it('should tell live clients 1001 and finish its in-flight request before it stops', async () => {
    {
      const token = await t.login('OP0003');
      let closeCode: number | undefined;
      const client = t.ws(token, (code) => (closeCode = code));
      const res = await t.gql(THREAD_OF_CASE, { token });
      collect(client, POSTS_ADDED, { t: res.data!.case!.discussion!.id });
      await untilLive(t, 1);
      const inFlight = t.gql(graphql(`query LifecycleLibraryInFlight { caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name } discussion { posts { body } } } } }`), { token });
      await new Promise((r) => setTimeout(r, 5));
      await t.registry.gateway.stop();
      expect((await inFlight).data?.caseLibrary.totalCount).toBeGreaterThan(0);
      await eventually(() => closeCode !== undefined);
      expect(closeCode).toBe(GOING_AWAY);
      expect(t.registry.gateway.httpServer.listening).toBe(false);
    }
  });
});
