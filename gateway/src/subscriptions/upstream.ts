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

/**
 * graphql-ws connections from the gateway to the subgraphs: one per subgraph and
 * authorization scope, multiplexing every shared subscription of that scope. Each
 * connection authenticates with a gateway-signed token in `connection_init`; when the
 * subgraph closes it (the token expired, the subgraph restarted) the subscriptions on it
 * error out and the hub resubscribes from the last cursor.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly urls: Record<string, string>,
    private readonly issuer: InternalTokenIssuer,
  ) {}

  subscribe(subgraph: string, scopeKey: string, scope: Viewer, request: UpstreamRequest, sink: Sink<ExecutionResult>): () => void {
    return this.client(subgraph, scopeKey, scope).subscribe(request, sink);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.dispose()));
    this.clients.clear();
  }

  private client(subgraph: string, scopeKey: string, scope: Viewer): Client {
    const key = `${subgraph}|${scopeKey}`;
    let client = this.clients.get(key);
    if (!client) {
      const url = this.urls[subgraph];
      if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
      client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: 5_000,
        retryAttempts: 0,
        connectionParams: async () => ({ authorization: `Bearer ${await this.issuer.tokenFor(scope, subgraph)}` }),
      });
      this.clients.set(key, client);
    }
    return client;
  }
}
