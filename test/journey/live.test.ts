import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signUserToken } from '@registry/auth';
import { graphql } from '../gql/index.ts';
import { collect, eventually, startTestRegistry, type TestRegistry, untilLive } from '../support/harness.ts';
import { until } from '../support/until.ts';

const POSTS_ADDED = `subscription($threadId: ID!, $after: String) {
  threadPostAdded(threadId: $threadId, after: $after) { id body cursor author { id name } }
}`;
const POST = graphql(`mutation LivePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }`);
const THREAD_OF_CASE = graphql(`query LiveThreadOfCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } } }`);

interface PostEvent {
  threadPostAdded: { id: string; body: string; cursor: string; author: { id: string; name: string } };
}

describe('live subscriptions through the gateway', () => {
  let t: TestRegistry;
  let sato: string;
  let tanaka: string;
  const threadOf = async (registrationNumber: string) => {
    const res = await t.gql(THREAD_OF_CASE, { token: sato, variables: { n: registrationNumber } });
    expect(res.errors).toBeUndefined();
    return res.data!.case!.discussion!.id;
  };
  const post = async (threadId: string, body: string, token = sato) => {
    const res = await t.gql(POST, { token, variables: { t: threadId, b: body } });
    expect(res.errors).toBeUndefined();
    return res.data!.postToThread;
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    sato = await t.login('OP0003');
    tanaka = await t.login('OP0004');
  });
  afterEach(async () => {
    // However a test ends, its sockets close: none of its subscriptions is counted in the next.
    await t.closeSockets();
    await until('the gateway to hold no shared subscription', () => t.registry.gateway.metrics.subscriptions().sharedSubscriptions === 0);
  });
  afterAll(() => t?.stop());

  it('should push a new post with its author name resolved from operators [R6]', async () => {
    const threadId = await threadOf('CTO-2026-00004');
    const sub = collect<PostEvent>(t.ws(tanaka), POSTS_ADDED, { threadId });
    await untilLive(t, 1);
    await post(threadId, 'Did you try a knuckle wire?');
    const [event] = await sub.take(1);
    expect(sub.error).toBeUndefined();
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.threadPostAdded).toMatchObject({ body: 'Did you try a knuckle wire?', author: { name: 'Kenji Sato' } });
    expect(event!.extensions?.['cursor']).toBe(event!.data!.threadPostAdded.cursor);
    sub.dispose();
  });

  it('should replay exactly the missed posts, once each, after a reconnect with `after`', async () => {
    const threadId = await threadOf('CTO-2026-00005');
    const first = await post(threadId, 'one');
    await post(threadId, 'two');
    await post(threadId, 'three');
    const sub = collect<PostEvent>(t.ws(tanaka), POSTS_ADDED, { threadId, after: first.cursor });
    const replayed = await sub.take(2);
    expect(replayed.map((e) => e.data!.threadPostAdded.body)).toEqual(['two', 'three']);
    await post(threadId, 'four');
    const all = await sub.take(3);
    expect(all.map((e) => e.data!.threadPostAdded.body)).toEqual(['two', 'three', 'four']);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.events).toHaveLength(3);
    sub.dispose();
  });

  it('should never share a subscription across authorization scopes', async () => {
    const threadId = await threadOf('CTO-2026-00007');
    const steering = await t.login('OP0001');
    const a = collect<PostEvent>(t.ws(tanaka), POSTS_ADDED, { threadId });
    const b = collect<PostEvent>(t.ws(steering), POSTS_ADDED, { threadId });
    await untilLive(t, 2);
    expect(t.registry.gateway.metrics.subscriptions().sharedSubscriptions).toBe(2);
    a.dispose();
    b.dispose();
  });

  it('should close a WebSocket with 4403 when the connection token is invalid', async () => {
    let code = 0;
    const client = t.ws('not-a-token', (c) => (code = c));
    const sub = collect(client, POSTS_ADDED, { threadId: '00000000-0000-0000-0000-000000000000' });
    await eventually(() => code !== 0);
    expect(code).toBe(4403);
    sub.dispose();
  });

  it('should close a WebSocket with 4401 when its token expires', async () => {
    // The token must name a real account: the gateway refuses any other subject (issue 15.8).
    const { data } = await t.gql<{ viewer: { id: string } }>('{ viewer { id } }', { token: await t.login('OP0004') });
    const shortLived = await signUserToken(
      { accountId: data!.viewer.id, roles: ['OPERATOR'], operatorId: 'OP0004', facilityId: 'F004' },
      t.keys.userPrivate!,
      2,
    );
    let code = 0;
    const client = t.ws(shortLived, (c) => (code = c));
    const sub = collect(client, POSTS_ADDED, { threadId: await threadOf('CTO-2026-00008') });
    await eventually(() => code !== 0, 6_000);
    expect(code).toBe(4401);
    sub.dispose();
  });

  it('should refuse a subscription over HTTP with a pointer to graphql-ws', async () => {
    const res = await t.gql('subscription { threadPostAdded(threadId: "x") { id } }', { token: tanaka });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('should refuse the core lab a discussion subscription, which names operators [R25]', async () => {
    const reader = await t.login('corelab-reader-1');
    const sub = collect(t.ws(reader), POSTS_ADDED, { threadId: await threadOf('CTO-2026-00009') });
    const [event] = await sub.take(1);
    expect(sub.error).toBeUndefined();
    expect(event!.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    sub.dispose();
  });

  it('should refuse a WebSocket to a subgraph that lacks the gateway-signed token', async () => {
    const url = t.registry.subgraphUrls.adjudication.replace(/^http/, 'ws');
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${tanaka}` } })));
      socket.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4403);
  });
});
