import type { DatabaseHandle } from '@registry/db';
import type { ResolverMap } from './resolvers.ts';

/**
 * The channel a subgraph's tables NOTIFY on when a row that an entity answer is made of
 * changes (a trigger per table, in the subgraph's migrations). PostgreSQL delivers a
 * NOTIFY when its transaction commits, and never for a transaction rolled back. Each
 * subgraph has a channel of its own, so that one database holding several subgraphs' schemas
 * empties only the cache of the subgraph that changed: this one is the operators
 * subgraph's (its migration 0004, the first); the adjudication subgraph's is
 * `registry_adjudication_entity_changed` (its migration 0002).
 */
export const ENTITY_CHANGES_CHANNEL = 'registry_entity_changed';

/** What a subgraph publishes its committed entity changes as: the channel its triggers NOTIFY, the `@inaccessible` subscription field the gateway follows. */
export interface EntityChangesOptions {
  channel: string;
  field: string;
}

/** What the feed's subscribers hear: the tables changed since they last heard, or `*` for "anything may have". */
export interface EntityChange {
  tables: string[];
}

/**
 * The resolvers of the subscription field that serves `feed` (`@inaccessible`: no client of
 * the gateway can ask for it, and a subgraph answers only tokens the gateway signed). It
 * carries table names and nothing else, so it asks no capability of the viewer [#17.1].
 */
export function entityChangeResolvers(feed: EntityChangeFeed, field: string): ResolverMap {
  return { Subscription: { [field]: { subscribe: () => feed.follow(field) } } };
}

/**
 * One process's window on its subgraph's committed entity changes [#17.1]: the gateway's
 * entity cache follows it and drops what it holds on every change, so it never serves an
 * answer older than the last commit it heard of.
 *
 * Every subscriber first hears `*` once the LISTEN is in place (nothing it missed before
 * can be trusted), and `*` again whenever the LISTEN comes back after its connection
 * dropped. Changes that arrive while a subscriber has not taken the last one are merged
 * into one: a subscriber holds at most one pending change, however slow it is.
 */
export class EntityChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private unlisten: (() => Promise<void>) | undefined;
  private listening = false;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly channel: string = ENTITY_CHANGES_CHANNEL,
  ) {}

  async start(): Promise<void> {
    if (this.unlisten) return;
    this.unlisten = await this.handle.listen(
      this.channel,
      (table) => this.publish(table),
      () => {
        this.listening = true;
        this.publish('*');
      },
    );
  }

  async stop(): Promise<void> {
    for (const subscriber of [...this.subscribers]) subscriber.end();
    await this.unlisten?.();
    this.unlisten = undefined;
    this.listening = false;
  }

  /** Subscribers now (the gateways following this process). */
  get size(): number {
    return this.subscribers.size;
  }

  /** The changes as a subscription source: `{ [field]: EntityChange }` per change. */
  follow<F extends string>(field: F): AsyncIterableIterator<{ [K in F]: EntityChange }> {
    const subscriber = new Subscriber(() => this.subscribers.delete(subscriber));
    this.subscribers.add(subscriber);
    if (this.listening) subscriber.offer('*');
    const iterator: AsyncIterableIterator<{ [K in F]: EntityChange }> = {
      next: async () => {
        const tables = await subscriber.take();
        if (!tables) return { done: true, value: undefined };
        return { done: false, value: { [field]: { tables } } as { [K in F]: EntityChange } };
      },
      return: async () => {
        subscriber.end();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private publish(table: string): void {
    for (const subscriber of this.subscribers) subscriber.offer(table);
  }
}

/** One follower: the tables changed since it last took them, and its waiting `take`, if any. */
class Subscriber {
  private pending = new Set<string>();
  private waiting: ((tables: string[] | undefined) => void) | undefined;
  private ended = false;

  constructor(private readonly onEnd: () => void) {}

  offer(table: string): void {
    if (this.ended) return;
    this.pending.add(table);
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(this.drain());
    }
  }

  take(): Promise<string[] | undefined> {
    if (this.ended) return Promise.resolve(undefined);
    if (this.pending.size > 0) return Promise.resolve(this.drain());
    return new Promise((resolve) => (this.waiting = resolve));
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    this.waiting?.(undefined);
    this.waiting = undefined;
  }

  private drain(): string[] {
    const tables = this.pending.has('*') ? ['*'] : [...this.pending].sort();
    this.pending = new Set();
    return tables;
  }
}
