/**
 * A live client of one subscription that, whenever its subscription ends (its gateway was
 * killed, or it was told SERVICE_UNAVAILABLE), subscribes again through the next gateway
 * of its list with `after` the last cursor it received, as a client behind a load balancer
 * would. Records what it received, when, and through which gateway.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Receipt {
  key: string;
  cursor: string;
  at: number;
  /** The index in the list of the gateway it came through. */
  via: number;
}

export interface FollowerOptions<T> {
  /** ws:// URLs of the gateways, the first one first. */
  urls: readonly string[];
  token: string;
  query: string;
  variables: (after: string | null) => Record<string, unknown>;
  /** The event's key (what makes it recognisable) and cursor, or undefined to pass over. */
  pick: (data: T) => { key: string; cursor: string } | undefined;
  /** The cursor to start after; null: from now on. */
  after: string | null;
}

export class Follower<T> {
  readonly received: Receipt[] = [];
  /** Subscriptions ended and made again, and when (performance.now()). */
  readonly resumes: { at: number; via: number; after: string | null }[] = [];
  private client: Client | undefined;
  private via = 0;
  private cursor: string | null;
  private stopped = false;

  constructor(private readonly o: FollowerOptions<T>) {
    this.cursor = o.after;
  }

  start(): void {
    this.subscribe();
  }

  private connect(): Client {
    return createClient({
      url: this.o.urls[this.via]!,
      webSocketImpl: WebSocket,
      lazy: true,
      // Resubscription is ours (`again`), with the last cursor and through the next gateway.
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      connectionParams: { authorization: `Bearer ${this.o.token}` },
    });
  }

  private subscribe(): void {
    if (this.stopped) return;
    this.client ??= this.connect();
    const via = this.via;
    this.client.subscribe<T>(
      { query: this.o.query, variables: this.o.variables(this.cursor) },
      {
        next: (value) => {
          const event = value.data ? this.o.pick(value.data) : undefined;
          if (!event) return;
          this.received.push({ ...event, at: performance.now(), via });
          this.cursor = event.cursor;
        },
        error: () => this.again(),
        complete: () => this.again(),
      },
    );
  }

  private again(): void {
    if (this.stopped) return;
    void this.client?.dispose();
    this.client = undefined;
    this.via = (this.via + 1) % this.o.urls.length;
    this.resumes.push({ at: performance.now(), via: this.via, after: this.cursor });
    setTimeout(() => this.subscribe(), 100).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }
}
