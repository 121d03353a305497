import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { until, untilCount } from '../support/until.ts';

const POSTS_ADDED = `subscription($threadId: ID!, $after: String) {
  threadPostAdded(threadId: $threadId, after: $after) { id body cursor author { id name } }
}`;
const POST = graphql(`mutation LiveSharingPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }`);
const SOCKETS = 10;
const PER_SOCKET = 100;
const SUBSCRIBERS = SOCKETS * PER_SOCKET;

interface PostEvent {
  threadPostAdded: { id: string; body: string; cursor: string; author: { id: string; name: string } };
}

/**
 * A file of its own: 1,000 subscribes are the heaviest live test, and its sockets must not
 * outlive it into tests that count shared subscriptions.
 */
describe('identical live subscriptions share one upstream through the gateway', () => {
  let t: TestRegistry;
  let sato: string;
  let tanaka: string;

  beforeAll(async () => {
    // One person with 1,000 identical subscriptions over ten sockets: sharing is under test here, not the caps.
    t = await startTestRegistry({ subscriptionLimits: { perSocket: PER_SOCKET, perPerson: 2 * SUBSCRIBERS } });
    sato = await t.login('OP0003');
    tanaka = await t.login('OP0004');
  });
  afterEach(async () => {
    // However a test ends, its sockets close and the gateway lets go of what they held.
    await t.closeSockets();
    await until('the gateway to hold no shared subscription', () => t.registry.gateway.metrics.subscriptions().sharedSubscriptions === 0);
  });
  afterAll(() => t?.stop());

  it('should share one upstream subscription and one entity fetch per event among 1,000 identical subscribers', async () => {
    const res = await t.gql(graphql(`query LiveSharingThreadOfCase { case(registrationNumber: "CTO-2026-00006") { discussion { id } } }`), { token: sato });
    const threadId = res.data!.case!.discussion!.id;
    const post = async (body: string) => {
      const posted = await t.gql(POST, { token: sato, variables: { t: threadId, b: body } });
      expect(posted.errors).toBeUndefined();
      return posted.data!.postToThread;
    };
    // Everyone follows from this post on: what comes after it reaches them however late their upstream starts.
    const { cursor } = await post('before');
    const subs: ReturnType<typeof collect<PostEvent>>[] = [];
    for (let c = 0; c < SOCKETS; c++) {
      const client = t.ws(tanaka);
      for (let s = 0; s < PER_SOCKET; s++) subs.push(collect<PostEvent>(client, POSTS_ADDED, { threadId, after: cursor }));
    }
    const errored = () => `${subs.filter((s) => s.error !== undefined).length} subscriptions errored`;
    const hub = () => t.registry.gateway.metrics.subscriptions();

    // What is awaited is the gateway's own count: every subscriber joined before the first event.
    await untilCount('subscribers held by the gateway', () => hub().subscribers, SUBSCRIBERS, errored);
    expect(hub().sharedSubscriptions).toBe(1);
    expect(t.registry.gateway.metrics.upstream().subscriptions).toBe(1);
    const operatorsBefore = t.registry.gateway.metrics.fetches['operators'] ?? 0;
    const resolvedBefore = hub().eventsResolved;
    const serialisedBefore = t.registry.gateway.metrics.payloadsSerialised();

    for (const body of ['a', 'b', 'c']) await post(body);
    await untilCount('subscribers holding the three posts', () => subs.filter((s) => s.events.length >= 3).length, SUBSCRIBERS, errored);
    for (const s of subs) expect(s.events.map((e) => e.data!.threadPostAdded.body)).toEqual(['a', 'b', 'c']);
    expect(hub().eventsResolved - resolvedBefore).toBe(3);
    // And one serialisation per event for the 1,000 sockets' messages, not one per socket [#17.2].
    expect(t.registry.gateway.metrics.payloadsSerialised() - serialisedBefore).toBe(3);
    // At most one entity fetch per event for all 1,000; the entity cache answers the author's name once it holds it [#17.1].
    expect((t.registry.gateway.metrics.fetches['operators'] ?? 0) - operatorsBefore).toBeLessThanOrEqual(3);
  }, 180_000);
});
