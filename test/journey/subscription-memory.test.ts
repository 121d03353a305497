import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, eventually, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const POSTS_ADDED = 'subscription($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }';
// 180 distinct subscriptions: under the subgraph's own cap of 200 per caller (SUBGRAPH_SUBSCRIPTION_LIMITS).
const SOCKETS = 2;
const PER_SOCKET = 90;

/** The JS heap after a full collection: the registry (gateway and subgraphs) runs in this process. */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('memory held by live subscriptions is given back when they close [#15 item 3]', () => {
  let t: TestRegistry;
  let sato: string;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestRegistry({ subscriptionLimits: { perSocket: PER_SOCKET, perPerson: SOCKETS * PER_SOCKET } });
    sato = await t.login('OP0003');
    const res = await t.gql<any>('{ case(registrationNumber: "CTO-2026-00003") { discussion { id } } }', { token: sato });
    threadId = res.data.case.discussion.id;
  });
  afterAll(() => t.stop());

  it('should give back what 180 distinct subscriptions held once their sockets close', async () => {
    const idle = () => t.registry.gateway.metrics.subscriptions().sharedSubscriptions === 0 && t.registry.bus.stats().streams === 0;
    // Warm once, so that compiled code and caches are part of the baseline, not of the growth.
    const warm = t.ws(sato);
    const warmSubs = Array.from({ length: PER_SOCKET }, (_, i) => collect(warm, POSTS_ADDED, { t: threadId, after: String(i) }));
    await eventually(() => t.registry.bus.stats().streams >= PER_SOCKET, 60_000);
    for (const s of warmSubs) s.dispose();
    await warm.dispose();
    await eventually(idle, 60_000);
    const baseline = heapAfterGc();

    // Distinct `after` values: each its own shared subscription, upstream stream and bus stream.
    const sockets = Array.from({ length: SOCKETS }, () => t.ws(sato));
    const subs = sockets.flatMap((socket, s) => Array.from({ length: PER_SOCKET }, (_, i) => collect(socket, POSTS_ADDED, { t: threadId, after: String(s * PER_SOCKET + i) })));
    await eventually(() => t.registry.bus.stats().streams >= SOCKETS * PER_SOCKET, 120_000);
    expect(subs.every((s) => s.error === undefined)).toBe(true);
    const held = heapAfterGc() - baseline;

    for (const s of subs) s.dispose();
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await eventually(idle, 60_000);
    const kept = heapAfterGc() - baseline;

    // What they hold is measurable, and at least three quarters of it comes back.
    expect(held).toBeGreaterThan(0);
    expect(kept).toBeLessThan(held / 4);
  }, 300_000);
});
