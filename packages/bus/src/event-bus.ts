import { and, asc, eq, gt } from 'drizzle-orm';
import type { DatabaseHandle } from '@registry/db';
import type { BusEvent } from './event.ts';
import { NOTIFY_CHANNEL, parseNotification } from './publish.ts';
import { events, topics } from './schema.ts';
import { TopicStream, type TopicReader } from './topic-stream.ts';

export interface StreamOptions {
  /** Resume after this sequence number; absent means "from now on". */
  after?: number | undefined;
  /** Events held in memory for this subscriber before it falls back to reading the database. */
  highWaterMark?: number;
  /** Without `after`: yield a `START_POSITION` event first, carrying the position started from. */
  announceStart?: boolean;
}

type Listener = () => void;

/**
 * The process's window on the bus: one LISTEN connection, and one fetch per topic per
 * wake-up shared by every local stream of that topic.
 */
export class EventBus implements TopicReader {
  private readonly feeds = new Map<string, TopicFeed>();
  private readonly wakeListeners = new Map<string, Set<Listener>>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly handle: DatabaseHandle) {}

  async start(): Promise<void> {
    if (this.unlisten) return;
    let listening = false;
    this.unlisten = await this.handle.listen(
      NOTIFY_CHANNEL,
      (payload) => {
        const note = parseNotification(payload);
        if (note) this.wake(note.topic);
      },
      () => {
        // LISTEN is back after its connection dropped (the database restarted): what was
        // committed meanwhile sent no wake-up we heard, so every follower reads now.
        if (listening) for (const topic of new Set([...this.feeds.keys(), ...this.wakeListeners.keys()])) this.wake(topic);
        listening = true;
      },
    );
  }

  private wake(topic: string): void {
    this.feeds.get(topic)?.poke();
    for (const listener of this.wakeListeners.get(topic) ?? []) listener();
  }

  async stop(): Promise<void> {
    for (const feed of this.feeds.values()) feed.closeAll();
    this.feeds.clear();
    await this.unlisten?.();
    this.unlisten = undefined;
  }

  async read(topic: string, after: number, limit: number): Promise<BusEvent[]> {
    const rows = await this.handle.db
      .select({ topic: events.topic, seq: events.seq, type: events.type, payload: events.payload, createdAt: events.createdAt })
      .from(events)
      .where(and(eq(events.topic, topic), gt(events.seq, after)))
      .orderBy(asc(events.seq))
      .limit(limit);
    return rows;
  }

  async head(topic: string): Promise<number> {
    const [row] = await this.handle.db.select({ head: topics.head }).from(topics).where(eq(topics.topic, topic));
    return row?.head ?? 0;
  }

  /** Replay after `options.after`, then live, as an async iterator (see TopicStream). */
  stream(topic: string, options: StreamOptions = {}): TopicStream {
    let feed = this.feeds.get(topic);
    if (!feed) {
      feed = new TopicFeed(topic, this, () => this.feeds.delete(topic));
      this.feeds.set(topic, feed);
    }
    return feed.open(options.after, options.highWaterMark ?? 256, options.announceStart ?? false);
  }

  /** Live streams open now and the topics they follow: both back to zero once every subscriber has gone. */
  stats(): { topics: number; streams: number } {
    let streams = 0;
    for (const feed of this.feeds.values()) streams += feed.size;
    return { topics: this.feeds.size, streams };
  }

  /** Calls `listener` whenever the topic may have new events (used by durable consumers). */
  onWake(topic: string, listener: Listener): () => void {
    let set = this.wakeListeners.get(topic);
    if (!set) this.wakeListeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }
}

class TopicFeed {
  private readonly streams = new Set<TopicStream>();
  private fetchedHead: number | undefined;
  private running = false;
  private dirty = false;

  constructor(
    private readonly topic: string,
    private readonly bus: EventBus,
    private readonly onEmpty: () => void,
  ) {}

  get size(): number {
    return this.streams.size;
  }

  open(after: number | undefined, highWaterMark: number, announceStart: boolean): TopicStream {
    const stream = new TopicStream(this.topic, this.bus, highWaterMark, after, (s) => {
      this.streams.delete(s);
      if (this.streams.size === 0) this.onEmpty();
    }, announceStart);
    this.streams.add(stream);
    return stream;
  }

  poke(): void {
    this.dirty = true;
    if (!this.running) void this.drain();
  }

  closeAll(): void {
    for (const stream of [...this.streams]) stream.close();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty && this.streams.size > 0) {
        this.dirty = false;
        if (this.fetchedHead === undefined) {
          // First wake-up: streams catch up on their own; the feed starts from here.
          this.fetchedHead = (await this.bus.head(this.topic)) - 1;
        }
        const batch = await this.bus.read(this.topic, this.fetchedHead, 500);
        if (batch.length === 0) continue;
        this.fetchedHead = batch[batch.length - 1]!.seq;
        if (batch.length === 500) this.dirty = true;
        for (const stream of this.streams) stream.deliver(batch);
      }
    } catch {
      // A failed read leaves every stream to catch up from the database on its own.
      for (const stream of this.streams) stream.deliver([]);
    } finally {
      this.running = false;
    }
  }
}
