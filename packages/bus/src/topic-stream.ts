import type { BusEvent } from './event.ts';

/** The type of the synthetic first event of a stream that announces its start position. */
export const START_POSITION = '__start_position__';

export interface TopicReader {
  read(topic: string, after: number, limit: number): Promise<BusEvent[]>;
  head(topic: string): Promise<number>;
}

/**
 * One subscriber's view of a topic: replays what it missed, then follows live, without
 * gaps or duplicates. It accepts an event only when its number is exactly the next one;
 * whenever it sees a gap (it started late, it fell behind, its queue was full) it reads
 * the missing events from the database instead. So memory per subscriber is bounded by
 * `highWaterMark`, and a slow reader costs database reads, never lost events.
 */
export class TopicStream implements AsyncIterableIterator<BusEvent> {
  private cursor: number | undefined;
  private readonly queue: BusEvent[] = [];
  private needsCatchUp = true;
  private closed = false;
  private wake: (() => void) | undefined;
  private failures = 0;

  constructor(
    private readonly topic: string,
    private readonly reader: TopicReader,
    private readonly highWaterMark: number,
    after: number | undefined,
    private readonly onClose: (stream: TopicStream) => void,
    private readonly announceStart = false,
  ) {
    this.cursor = after;
  }

  /** Called by the process-wide feed with newly committed events, in order. */
  deliver(batch: readonly BusEvent[]): void {
    for (const event of batch) {
      if (this.cursor === undefined || this.queue.length >= this.highWaterMark) {
        this.needsCatchUp = true;
        break;
      }
      if (event.seq <= this.cursor) continue;
      if (event.seq !== this.cursor + 1) {
        this.needsCatchUp = true;
        break;
      }
      this.queue.push(event);
      this.cursor = event.seq;
    }
    this.signal();
  }

  async next(): Promise<IteratorResult<BusEvent>> {
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      const event = this.queue.shift();
      if (event) return { done: false, value: event };
      if (this.needsCatchUp) {
        await this.catchUpOrWait();
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<BusEvent>> {
    this.close();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<BusEvent> {
    return this;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    this.signal();
  }

  /**
   * A read that fails (the database restarting) is retried, a little later each time up to
   * 2 s, rather than ending the stream: a live subscriber outlives a database restart and
   * resumes from its cursor, missing nothing.
   */
  private async catchUpOrWait(): Promise<void> {
    try {
      await this.catchUp();
      this.failures = 0;
    } catch {
      this.needsCatchUp = true;
      const delay = Math.min(100 * 2 ** this.failures++, 2_000);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async catchUp(): Promise<void> {
    this.needsCatchUp = false;
    if (this.cursor === undefined) {
      this.cursor = await this.reader.head(this.topic);
      // "From now on" made explicit, so a follower that must reconnect knows where it started.
      if (this.announceStart) this.queue.push({ topic: this.topic, seq: this.cursor, type: START_POSITION, payload: null, createdAt: new Date() });
    }
    const room = this.highWaterMark - this.queue.length;
    const rows = await this.reader.read(this.topic, this.cursor, room);
    // Live deliveries may have advanced the cursor while we read: keep only what follows it.
    for (const row of rows) {
      if (row.seq === this.cursor + 1) {
        this.queue.push(row);
        this.cursor = row.seq;
      }
    }
    if (rows.length === room) this.needsCatchUp = true;
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
