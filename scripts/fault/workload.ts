/**
 * What runs through the gateway while processes die: writers that each keep one request
 * in flight (posts to a thread, saves of a case report form) and record which writes were
 * acknowledged, and a live subscriber on the thread that reconnects by itself with
 * `after` its last cursor, as a client of the registry would.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sleep } from './processes.ts';

export interface Attempt {
  /** What makes the write recognisable in the database: a post's body, a saved weight. */
  key: string;
  /** Sent, and answered (or failed), on the `performance.now()` clock. */
  at: number;
  doneAt: number;
  outcome: 'acknowledged' | 'unavailable' | 'error' | 'network' | 'timeout';
  status?: number;
  code?: string;
}

export async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string, timeoutMs = 10_000): Promise<{ status: number; data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, ...body };
}

export async function login(url: string, loginId: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(url, 'mutation($id: String!) { login(operatorId: $id, password: "demo-password") { token } }', { id: loginId });
  if (!res.data?.login) throw new Error(`login of ${loginId} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/**
 * One writer: sends `write(n)` one at a time until stopped. A write is acknowledged when it
 * answers 200 with data and no error; anything else is not, and is not retried (the
 * registry may or may not have stored it, which the tally allows for).
 */
export class Writer {
  readonly attempts: Attempt[] = [];
  private stopped = false;
  private done: Promise<void> | undefined;

  constructor(
    readonly name: string,
    private readonly send: (n: number) => { key: string; request: () => Promise<{ status: number; data?: unknown; errors?: { extensions?: { code?: string } }[] }> },
    private readonly pauseMs = 40,
  ) {}

  start(): void {
    this.done = (async () => {
      for (let n = 0; !this.stopped; n++) {
        const { key, request } = this.send(n);
        const at = performance.now();
        try {
          const res = await request();
          const code = res.errors?.[0]?.extensions?.code;
          const outcome = res.status === 200 && res.data && !res.errors ? 'acknowledged' : code === 'SERVICE_UNAVAILABLE' ? 'unavailable' : 'error';
          this.attempts.push({ key, at, doneAt: performance.now(), outcome, status: res.status, ...(code ? { code } : {}) });
        } catch (err) {
          const timeout = (err as Error).name === 'TimeoutError';
          this.attempts.push({ key, at, doneAt: performance.now(), outcome: timeout ? 'timeout' : 'network' });
        }
        await sleep(this.pauseMs);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  acknowledged(): string[] {
    return this.attempts.filter((a) => a.outcome === 'acknowledged').map((a) => a.key);
  }

  /** How long after `t` the first write was acknowledged (a request sent earlier and answered later counts). */
  firstAcknowledgedAfter(t: number): number | undefined {
    const a = this.attempts.find((x) => x.doneAt >= t && x.outcome === 'acknowledged');
    return a ? a.doneAt - t : undefined;
  }

  /** How long after `t` the first write sent after `t` was acknowledged: one in flight at `t` may have been answered before a fault took hold. */
  firstSentAndAcknowledgedAfter(t: number): number | undefined {
    const a = this.attempts.find((x) => x.at >= t && x.outcome === 'acknowledged');
    return a ? a.doneAt - t : undefined;
  }

  outcomes(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const a of this.attempts) {
      const label = a.outcome === 'acknowledged' ? 'ok' : `${a.outcome}${a.status ? ` ${a.status}` : ''}${a.code ? ` ${a.code}` : ''}`;
      counts[label] = (counts[label] ?? 0) + 1;
    }
    return counts;
  }
}

/** A live client of `threadPostAdded` that resubscribes after every drop from its last cursor. */
export class LiveFollower {
  readonly received: { body: string; cursor: string; at: number }[] = [];
  reconnects = 0;
  private client: Client | undefined;
  private cursor: string;
  private stopped = false;

  constructor(
    private readonly wsUrl: string,
    private readonly token: string,
    private readonly threadId: string,
    after: string,
  ) {
    this.cursor = after;
  }

  start(): void {
    this.client = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      lazy: true,
      // No retry inside graphql-ws: it would resubscribe with the cursor of the first
      // subscribe. `again` resubscribes with the last cursor received instead.
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      connectionParams: { authorization: `Bearer ${this.token}` },
    });
    this.subscribe();
  }

  private subscribe(): void {
    if (this.stopped || !this.client) return;
    this.client.subscribe<{ threadPostAdded: { body: string; cursor: string } }>(
      { query: 'subscription($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor } }', variables: { t: this.threadId, after: this.cursor } },
      {
        next: (value) => {
          const post = value.data?.threadPostAdded;
          if (!post) return;
          this.received.push({ body: post.body, cursor: post.cursor, at: performance.now() });
          this.cursor = post.cursor;
        },
        error: () => this.again(),
        complete: () => this.again(),
      },
    );
  }

  private again(): void {
    if (this.stopped) return;
    this.reconnects++;
    setTimeout(() => this.subscribe(), 200).unref();
  }

  firstReceivedAfter(t: number): number | undefined {
    const r = this.received.find((x) => x.at >= t);
    return r ? r.at - t : undefined;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }
}
