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
  /** The events some subscribers did not hold in the end, by gateway (index into the subscribe URLs) and how many did. */
  short: { event: number; gateway: number; received: number; of: number }[];
}

const SUBSCRIPTION = 'subscription($t: ID!) { threadPostAdded(threadId: $t) { id body author { name } } }';
const POST = 'mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }';

/**
 * `subscribers` clients, each on its own WebSocket, follow one thread; `events` posts are
 * made one after another. For each post: the time from the mutation's response (the
 * commit is done by then) to the moment the last subscriber holds it.
 */
export async function fanout(o: {
  /** Where the posts are made; the subscribers too unless `subscribeUrls` says otherwise. */
  gatewayUrl: string;
  /** The gateways the subscribers connect to, in turn (subscriber i on url i mod length). */
  subscribeUrls?: readonly string[];
  token: string;
  threadId: string;
  subscribers: number;
  events: number;
  /** The operators subgraph's fetches so far, where the bench can count them (in its own process). */
  operatorsFetches?: () => number;
}): Promise<FanoutResult> {
  const wsUrls = (o.subscribeUrls ?? [o.gatewayUrl]).map((u) => u.replace(/^http/, 'ws'));
  const clients: Client[] = [];
  const received = new Map<string, number>();
  /** `${body}|${gateway}` → subscribers of that gateway holding it. */
  const perGateway = new Map<string, number>();
  let waiting: { body: string; resolve: () => void } | undefined;
  const arrival = new Map<string, number>();
  let acknowledged = 0;
  for (let i = 0; i < o.subscribers; i++) {
    const client = createClient({ url: wsUrls[i % wsUrls.length]!, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${o.token}` }, onNonLazyError: () => undefined });
    clients.push(client);
    client.subscribe<{ threadPostAdded: { body: string } }>(
      { query: SUBSCRIPTION, variables: { t: o.threadId } },
      {
        next: (value) => {
          const body = value.data?.threadPostAdded.body;
          if (!body) return;
          const key = `${body}|${i % wsUrls.length}`;
          perGateway.set(key, (perGateway.get(key) ?? 0) + 1);
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
  const connectBy = Date.now() + 180_000;
  while (acknowledged < o.subscribers) {
    if (Date.now() > connectBy) throw new Error(`${acknowledged} of ${o.subscribers} subscribers connected after 180 s (\`ulimit -n\` is the usual cap: each socket is a file at both ends)`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 500));
  // A subscription without `after` is live from when its gateway's upstream subscription is,
  // which a client cannot see (graphql-ws acknowledges the socket, not the subscription): a
  // post made before that is not missed but never its to receive. Warm-up posts until every
  // subscriber holds one, so the measured posts find every gateway live.
  for (let attempt = 0; ; attempt++) {
    const body = `fan-out ${o.subscribers} warm-up ${attempt}`;
    const all = new Promise<void>((resolve) => (waiting = { body, resolve }));
    await post(o, body);
    const done = await Promise.race([all.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (done) break;
    if (attempt === 10) throw new Error(`the subscribers were not all live after ${attempt + 1} warm-up posts`);
  }
  received.clear();
  perGateway.clear();

  const latencies: number[] = [];
  const fetchesBefore = o.operatorsFetches?.() ?? 0;
  for (let e = 0; e < o.events; e++) {
    const body = `fan-out ${o.subscribers} #${e}`;
    const all = new Promise<void>((resolve) => (waiting = { body, resolve }));
    await post(o, body);
    const committed = performance.now();
    await Promise.race([all, new Promise((r) => setTimeout(r, 30_000))]);
    latencies.push((arrival.get(body) ?? Number.POSITIVE_INFINITY) - committed);
  }
  const fetches = o.operatorsFetches ? o.operatorsFetches() - fetchesBefore : Number.NaN;
  await new Promise((r) => setTimeout(r, 200));
  const delivered = Array.from({ length: o.events }, (_, e) => received.get(`fan-out ${o.subscribers} #${e}`) ?? 0).reduce((a, b) => a + b, 0);
  await Promise.all(clients.map((c) => c.dispose()));
  const short: FanoutResult['short'] = [];
  for (let e = 0; e < o.events; e++) {
    wsUrls.forEach((_, g) => {
      const of = Math.floor(o.subscribers / wsUrls.length) + (g < o.subscribers % wsUrls.length ? 1 : 0);
      const got = perGateway.get(`fan-out ${o.subscribers} #${e}|${g}`) ?? 0;
      if (got !== of) short.push({ event: e, gateway: g, received: got, of });
    });
  }
  return {
    subscribers: o.subscribers,
    events: o.events,
    delivered,
    expected: o.subscribers * o.events,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    operatorsFetchesPerEvent: fetches / o.events,
    short,
  };
}

/** A post through the gateway; answers once the mutation has answered (the commit is done). */
async function post(o: { gatewayUrl: string; token: string; threadId: string }, body: string): Promise<void> {
  const res = await fetch(o.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}` },
    body: JSON.stringify({ query: POST, variables: { t: o.threadId, b: body } }),
  });
  if (res.status !== 200) throw new Error(`post failed: ${res.status}`);
}
