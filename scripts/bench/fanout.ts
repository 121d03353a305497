import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { percentile } from './stats.ts';

export interface FanoutResult {
  subscribers: number;
  events: number;
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  max: number;
  operatorsFetchesPerEvent: number;
}

const SUBSCRIPTION = 'subscription($t: ID!) { threadPostAdded(threadId: $t) { id body author { name } } }';
const POST = 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }';

/**
 * `subscribers` clients, each on its own WebSocket, follow one thread; `events` posts are
 * made one after another. For each post: the time from the mutation's response (the
 * commit is done by then) to the moment the last subscriber holds it.
 */
export async function fanout(o: {
  gatewayUrl: string;
  token: string;
  threadId: string;
  subscribers: number;
  events: number;
  operatorsFetches: () => number;
}): Promise<FanoutResult> {
  const wsUrl = o.gatewayUrl.replace(/^http/, 'ws');
  const clients: Client[] = [];
  const received = new Map<string, number>();
  let waiting: { body: string; resolve: () => void } | undefined;
  const arrival = new Map<string, number>();
  let acknowledged = 0;
  for (let i = 0; i < o.subscribers; i++) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${o.token}` }, onNonLazyError: () => undefined });
    clients.push(client);
    client.subscribe<{ threadPostAdded: { body: string } }>(
      { query: SUBSCRIPTION, variables: { t: o.threadId } },
      {
        next: (value) => {
          const body = value.data?.threadPostAdded.body;
          if (!body) return;
          const n = (received.get(body) ?? 0) + 1;
          received.set(body, n);
          if (n === o.subscribers) {
            arrival.set(body, performance.now());
            if (waiting?.body === body) waiting.resolve();
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    client.on('connected', () => acknowledged++);
  }
  while (acknowledged < o.subscribers) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500));

  const latencies: number[] = [];
  const fetchesBefore = o.operatorsFetches();
  for (let e = 0; e < o.events; e++) {
    const body = `fan-out ${o.subscribers} #${e}`;
    const all = new Promise<void>((resolve) => (waiting = { body, resolve }));
    const res = await fetch(o.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}` },
      body: JSON.stringify({ query: POST, variables: { t: o.threadId, b: body } }),
    });
    const committed = performance.now();
    if (res.status !== 200) throw new Error(`post failed: ${res.status}`);
    await Promise.race([all, new Promise((r) => setTimeout(r, 30_000))]);
    latencies.push((arrival.get(body) ?? Number.POSITIVE_INFINITY) - committed);
  }
  const fetches = o.operatorsFetches() - fetchesBefore;
  await new Promise((r) => setTimeout(r, 200));
  const delivered = [...received.values()].reduce((a, b) => a + b, 0);
  await Promise.all(clients.map((c) => c.dispose()));
  return {
    subscribers: o.subscribers,
    events: o.events,
    delivered,
    expected: o.subscribers * o.events,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    operatorsFetchesPerEvent: fetches / o.events,
  };
}
