import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { until, untilCount } from '../support/until.ts';

const POSTS_ADDED = 'subscription($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }';
// 180 distinct subscriptions: under the subgraph's own cap of 200 per caller (SUBGRAPH_SUBSCRIPTION_LIMITS).
const SOCKETS = 2;
const PER_SOCKET = 90;
const CYCLES = 3;

/**
 * What a subscription holds is given back when it closes, cycle after cycle. Counted, not
 * weighed: heap snapshots after cycles 1 and 10 (docs/performance.md) showed no registry
 * object growing, only V8's compiled code, so the sound check is that every structure
 * that held a subscription is back to where it started.
 */
describe('everything distinct subscriptions held is given back after they close [#15.3]', () => {
  let t: TestRegistry;
  let sato: string;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestRegistry({ subscriptionLimits: { perSocket: PER_SOCKET, perPerson: SOCKETS * PER_SOCKET } });
    sato = await t.login('OP0003');
    const res = await t.gql(graphql(`query SubscriptionReleaseThreadOfCase { case(registrationNumber: "CTO-2026-00003") { discussion { id } } }`), { token: sato });
    threadId = res.data!.case!.discussion!.id;
  });
  afterEach(() => t.closeSockets());
  afterAll(() => t?.stop());

  const held = () => {
    const { gateway, bus } = t.registry;
    const hub = gateway.metrics.subscriptions();
    return {
      sharedSubscriptions: hub.sharedSubscriptions,
      subscribers: hub.subscribers,
      upstreamSubscriptions: gateway.metrics.upstream().subscriptions,
      gatewaySlots: gateway.metrics.live(),
      busStreams: bus.stats(),
    };
  };

  it('should bring every slot, upstream, bus stream and topic back to its baseline after each of several cycles [#15.3]', async () => {
    const baseline = held();
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const sockets = Array.from({ length: SOCKETS }, () => t.ws(sato));
      // Distinct `after` values: each its own shared subscription, upstream stream and bus stream.
      const subs = sockets.flatMap((socket, s) => Array.from({ length: PER_SOCKET }, (_, i) => collect(socket, POSTS_ADDED, { t: threadId, after: String(s * PER_SOCKET + i) })));
      const errored = () => `${subs.filter((s) => s.error !== undefined).length} subscriptions errored (cycle ${cycle})`;
      await untilCount('bus streams open in the subgraph', () => t.registry.bus.stats().streams, SOCKETS * PER_SOCKET, errored);
      expect(held().sharedSubscriptions).toBe(SOCKETS * PER_SOCKET);
      for (const s of subs) s.dispose();
      await t.closeSockets();
      await until(`everything back to the baseline after cycle ${cycle}`, () => JSON.stringify(held()) === JSON.stringify(baseline));
      expect(held()).toEqual(baseline);
    }
  }, 180_000);
});
