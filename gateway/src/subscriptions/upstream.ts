import { createClient, type Client, type Sink } from 'graphql-ws';
import WebSocket from 'ws';
import type { ExecutionResult } from 'graphql';
import type { Viewer } from '@registry/auth';
import type { InternalTokenIssuer } from '../auth/internal-tokens.ts';
import type { SubgraphEndpoints } from '../endpoints.ts';

export interface UpstreamRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | undefined;
}

export interface UpstreamStats {
  /** graphql-ws clients held, one per subgraph and scope in use. */
  clients: number;
  /** Subscriptions open on them. */
  subscriptions: number;
}

interface Pooled {
  client: Client;
  url: string;
  active: number;
  idle?: NodeJS.Timeout | undefined;
  /** Its socket failed: the next subscription of this scope opens a client on another process. */
  broken: boolean;
  /** Its socket is open and acknowledged. */
  connected: boolean;
}

/** graphql-ws ends a sink with GraphQL errors (an array), a close event, or a socket error. */
const closeCode = (err: unknown): number | undefined => (typeof err === 'object' && err !== null && 'code' in err ? Number((err as { code: unknown }).code) : undefined);
/** The socket is gone, rather than a GraphQL error or our own idle close (1000). */
const failedSocket = (err: unknown) => !Array.isArray(err) && closeCode(err) !== 1000;
/** The process went away or never answered (1006, or a socket error without a code), not a refused token (4xxx). */
const processGone = (err: unknown) => {
  const code = closeCode(err);
  return code === undefined || code === 1006 || code === 1001 || code === 1011 || code === 1012;
};

/** graphql-ws closes an unused socket after this; the client object goes a little later. */
const LAZY_CLOSE_MS = 5_000;
const RELEASE_IDLE_MS = 10_000;
/**
 * A subscription on a client whose socket is not open and acknowledged within this is
 * ended as failed, so the hub resubscribes (and, past its outage bound, tells its clients):
 * an upstream that hangs in the handshake never leaves a feed silent.
 */
export const CONNECT_BOUND_MS = 10_000;

/**
 * graphql-ws connections from the gateway to the subgraphs: one per subgraph and
 * authorization scope, multiplexing every shared subscription of that scope. Each
 * connection authenticates with a gateway-signed token in `connection_init`; when the
 * subgraph closes it (the token expired, the subgraph restarted) the subscriptions on it
 * error out and the hub resubscribes from the last cursor. A client no subscription uses
 * any more is disposed and forgotten: `@personal` fields open one per person, and the pool
 * must not keep one for everyone who ever followed one. With several processes of a
 * subgraph (#17, replicas), a client whose socket failed is dropped before its
 * subscriptions hear of it, so the hub's resubscription connects to the next process.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, Pooled>();

  constructor(
    private readonly endpoints: SubgraphEndpoints,
    private readonly issuer: InternalTokenIssuer,
  ) {}

  subscribe(subgraph: string, scopeKey: string, scope: Viewer, request: UpstreamRequest, sink: Sink<ExecutionResult>): () => void {
    const key = `${subgraph}|${scopeKey}`;
    const pooled = this.pooled(key, subgraph, scope);
    pooled.active++;
    clearTimeout(pooled.idle);
    let open = true;
    // Once this side ended the subscription (no connection in time), graphql-ws's own
    // completion of it, on unsubscribe or dispose, must not reach the hub as a final end.
    let abandoned = false;
    const unconnected = pooled.connected
      ? undefined
      : setTimeout(() => {
          if (!open || pooled.connected) return;
          abandoned = true;
          const err = new Error(`no connection to ${subgraph} within ${CONNECT_BOUND_MS} ms`);
          this.drop(key, pooled, err);
          done();
          unsubscribe();
          sink.error(err);
        }, CONNECT_BOUND_MS);
    unconnected?.unref();
    const done = () => {
      if (!open) return;
      open = false;
      clearTimeout(unconnected);
      if (--pooled.active > 0) return;
      // A broken client is disposed once its last subscription has heard of the failure.
      if (pooled.broken) void pooled.client.dispose();
      else this.releaseLater(key, pooled);
    };
    const unsubscribe = pooled.client.subscribe<ExecutionResult['data']>(request, {
      next: (value) => {
        if (!abandoned) sink.next(value as ExecutionResult);
      },
      error: (err) => {
        if (abandoned) return;
        if (failedSocket(err)) this.drop(key, pooled, err);
        done();
        sink.error(err);
      },
      complete: () => {
        if (abandoned) return;
        done();
        sink.complete();
      },
    });
    return () => {
      done();
      unsubscribe();
    };
  }

  stats(): UpstreamStats {
    let subscriptions = 0;
    for (const pooled of this.clients.values()) subscriptions += pooled.active;
    return { clients: this.clients.size, subscriptions };
  }

  async dispose(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    for (const pooled of all) clearTimeout(pooled.idle);
    await Promise.all(all.map((p) => p.client.dispose()));
  }

  /** Forgets a client whose socket failed and sets its process aside for a moment. */
  private drop(key: string, pooled: Pooled, err: unknown): void {
    if (pooled.broken) return;
    pooled.broken = true;
    if (processGone(err)) this.endpoints.down(pooled.url);
    if (this.clients.get(key) === pooled) this.clients.delete(key);
    clearTimeout(pooled.idle);
    // Not disposed here: disposing completes the other subscriptions on it, which would end
    // their clients' subscriptions instead of letting the hub resubscribe them (see `done`).
    if (pooled.active === 0) void pooled.client.dispose();
  }

  private releaseLater(key: string, pooled: Pooled): void {
    pooled.idle = setTimeout(() => {
      if (pooled.active > 0 || this.clients.get(key) !== pooled) return;
      this.clients.delete(key);
      void pooled.client.dispose();
    }, RELEASE_IDLE_MS);
    pooled.idle.unref();
  }

  private pooled(key: string, subgraph: string, scope: Viewer): Pooled {
    let pooled = this.clients.get(key);
    if (!pooled) {
      const url = this.endpoints.next(subgraph);
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: LAZY_CLOSE_MS,
        retryAttempts: 0,
        connectionAckWaitTimeout: CONNECT_BOUND_MS,
        connectionParams: async () => ({ authorization: `Bearer ${await this.issuer.tokenFor(scope, subgraph)}` }),
      });
      const created: Pooled = { client, url, active: 0, broken: false, connected: false };
      client.on('connected', () => {
        created.connected = true;
        this.endpoints.up(url);
      });
      client.on('closed', (event) => {
        created.connected = false;
        if (failedSocket(event)) this.drop(key, created, event);
      });
      pooled = created;
      this.clients.set(key, pooled);
    }
    return pooled;
  }
}
