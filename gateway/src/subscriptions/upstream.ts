import { createClient, type Client, type Sink } from 'graphql-ws';
import WebSocket from 'ws';
import type { ExecutionResult } from 'graphql';
import type { Viewer } from '@registry/auth';
import type { InternalTokenIssuer } from '../auth/internal-tokens.ts';

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
  active: number;
  idle?: NodeJS.Timeout | undefined;
}

/** graphql-ws closes an unused socket after this; the client object goes a little later. */
const LAZY_CLOSE_MS = 5_000;
const RELEASE_IDLE_MS = 10_000;

/**
 * graphql-ws connections from the gateway to the subgraphs: one per subgraph and
 * authorization scope, multiplexing every shared subscription of that scope. Each
 * connection authenticates with a gateway-signed token in `connection_init`; when the
 * subgraph closes it (the token expired, the subgraph restarted) the subscriptions on it
 * error out and the hub resubscribes from the last cursor. A client no subscription uses
 * any more is disposed and forgotten: `@personal` fields open one per person, and the pool
 * must not keep one for everyone who ever followed one.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, Pooled>();

  constructor(
    private readonly urls: Record<string, string>,
    private readonly issuer: InternalTokenIssuer,
  ) {}

  subscribe(subgraph: string, scopeKey: string, scope: Viewer, request: UpstreamRequest, sink: Sink<ExecutionResult>): () => void {
    const key = `${subgraph}|${scopeKey}`;
    const pooled = this.pooled(key, subgraph, scope);
    pooled.active++;
    clearTimeout(pooled.idle);
    let open = true;
    const done = () => {
      if (!open) return;
      open = false;
      if (--pooled.active === 0) this.releaseLater(key, pooled);
    };
    const unsubscribe = pooled.client.subscribe<ExecutionResult['data']>(request, {
      next: (value) => sink.next(value as ExecutionResult),
      error: (err) => {
        done();
        sink.error(err);
      },
      complete: () => {
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
      const url = this.urls[subgraph];
      if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: LAZY_CLOSE_MS,
        retryAttempts: 0,
        connectionParams: async () => ({ authorization: `Bearer ${await this.issuer.tokenFor(scope, subgraph)}` }),
      });
      pooled = { client, active: 0 };
      this.clients.set(key, pooled);
    }
    return pooled;
  }
}
