import { and, asc, eq, gt } from 'drizzle-orm';
import type { DatabaseHandle, Transaction } from '@registry/db';
import type { EventBus } from './event-bus.ts';
import type { BusEvent } from './publish.ts';
import { consumerOffsets, events } from './schema.ts';

export type EventHandler = (tx: Transaction, event: BusEvent) => Promise<void>;

const BATCH = 100;

/**
 * Applies a topic's events to a service's own tables, exactly once in effect: the
 * handler's writes and the consumer's new position commit in one transaction, and the
 * position row is locked so two processes of the same service never apply one event twice.
 */
export class DurableConsumer {
  private stopWake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly bus: EventBus,
    readonly name: string,
    readonly topic: string,
    private readonly handler: EventHandler,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Follows the topic: on every NOTIFY, and by polling as a safety net. */
  start(pollMs = 5_000): void {
    this.stopWake = this.bus.onWake(this.topic, () => this.kick());
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopWake?.();
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Applies everything published so far; resolves when caught up. */
  async drain(): Promise<void> {
    while ((await this.runOnce()) === BATCH);
  }

  /** Applies at most one batch; returns how many events it applied. */
  async runOnce(): Promise<number> {
    return this.handle.db.transaction(async (tx) => {
      await tx.insert(consumerOffsets).values({ consumer: this.name, topic: this.topic, position: 0 }).onConflictDoNothing();
      const [offset] = await tx
        .select({ position: consumerOffsets.position })
        .from(consumerOffsets)
        .where(and(eq(consumerOffsets.consumer, this.name), eq(consumerOffsets.topic, this.topic)))
        .for('update');
      const position = offset?.position ?? 0;
      const batch = await tx
        .select({ topic: events.topic, seq: events.seq, type: events.type, payload: events.payload, createdAt: events.createdAt })
        .from(events)
        .where(and(eq(events.topic, this.topic), gt(events.seq, position)))
        .orderBy(asc(events.seq))
        .limit(BATCH);
      for (const event of batch) await this.handler(tx as unknown as Transaction, event);
      const last = batch[batch.length - 1];
      if (last) {
        await tx
          .update(consumerOffsets)
          .set({ position: last.seq })
          .where(and(eq(consumerOffsets.consumer, this.name), eq(consumerOffsets.topic, this.topic)));
      }
      return batch.length;
    });
  }

  private kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.drain();
        } catch (err) {
          this.onError(err);
        }
      } while (this.again);
    })().finally(() => (this.running = undefined));
  }
}
