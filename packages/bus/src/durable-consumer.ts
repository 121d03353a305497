import { and, asc, eq, gt } from 'drizzle-orm';
import type { EventName, EventSchemas, Payload, TopicContract } from '@registry/contracts';
import type { Transaction } from '@registry/db';
import type { Logger } from '@registry/logging';
import { InvalidEventError, parsePayload, type BusEvent } from './event.ts';
import type { EventBus } from './event-bus.ts';
import { consumerOffsets, events } from './schema.ts';

/** What a consumer's batch runs in: at least a transaction; a subgraph's unit of work adds its clock. */
export interface ConsumerUnit {
  readonly tx: Transaction;
}

/**
 * Opens the one transaction of a batch: a subgraph's unit of work (@registry/unit-of-work),
 * so that a consumer writes with the subgraph's calendar like its mutations do.
 */
export interface UnitRunner<U extends ConsumerUnit> {
  run<T>(work: (unit: U) => Promise<T>): Promise<T>;
}

/** What a consumer does with each event it reads, by versioned name: handed its unit and the parsed payload. */
export type EventHandlers<E extends EventSchemas, U extends ConsumerUnit = ConsumerUnit> = {
  [K in EventName<E>]?: (unit: U, payload: Payload<E, K>, event: BusEvent<Payload<E, K>>) => Promise<void>;
};

export interface ConsumerOptions<E extends EventSchemas, U extends ConsumerUnit = ConsumerUnit> {
  /** The consumer's name, its position's key: `<service>.<projection>`. */
  name: string;
  topic: TopicContract<E>;
  handlers: EventHandlers<E, U>;
  logger: Logger;
  /** Opens each batch's one transaction: the handlers' writes and the new position commit together. */
  unitOfWork: UnitRunner<U>;
}

/** Where a consumer stopped: the first event it could not read through its topic's contract. */
export interface ConsumerStall {
  consumer: string;
  topic: string;
  seq: number;
  type: string;
  issues: { path: string; message: string }[];
}

/** A consumer as its subgraph runs it, whatever topic it reads. */
export interface Consumer {
  readonly name: string;
  readonly topic: string;
  start(pollMs?: number): void;
  stop(): Promise<void>;
  drain(): Promise<void>;
  stall(): ConsumerStall | undefined;
}

const BATCH = 100;

/**
 * Applies a topic's events to a service's own tables, exactly once in effect: the
 * handler's writes and the consumer's new position commit in one transaction, and the
 * position row is locked so two processes of the same service never apply one event twice.
 *
 * Every event is read through the topic's contract. An event the contract does not know,
 * or a payload of a handled event that its schema refuses, STOPS the consumer just before
 * it: what came before commits, the position stays on the last good event, the error is
 * logged with the topic, name, number and the schema's issues, and `stall()` reports it
 * (readiness shows it) until the row is fixed — it is never skipped. Known events the
 * consumer has no handler for are passed over: it depends only on what it reads.
 */
export class DurableConsumer<E extends EventSchemas = EventSchemas, U extends ConsumerUnit = ConsumerUnit> implements Consumer {
  readonly name: string;
  readonly topic: string;
  private readonly contract: TopicContract<E>;
  private readonly handlers: EventHandlers<E, U>;
  private readonly unitOfWork: UnitRunner<U>;
  private readonly logger: Logger;
  private stopWake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stalled: ConsumerStall | undefined;

  constructor(
    private readonly bus: EventBus,
    options: ConsumerOptions<E, U>,
  ) {
    this.name = options.name;
    this.topic = options.topic.topic;
    this.contract = options.topic;
    this.handlers = options.handlers;
    this.logger = options.logger;
    this.unitOfWork = options.unitOfWork;
  }

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

  /** The event this consumer is stopped at, while it is. */
  stall(): ConsumerStall | undefined {
    return this.stalled;
  }

  /** Applies everything published so far; resolves when caught up, rejects with InvalidEventError when stopped at one. */
  async drain(): Promise<void> {
    while ((await this.runOnce()) === BATCH);
  }

  /** Applies at most one batch; returns how many events it read. */
  async runOnce(): Promise<number> {
    const { read, invalid } = await this.unitOfWork.run(async (unit) => {
      const tx = unit.tx;
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
      let last: number | undefined;
      let invalid: InvalidEventError | undefined;
      for (const event of batch) {
        try {
          await this.apply(unit, event);
        } catch (err) {
          if (!(err instanceof InvalidEventError)) throw err;
          invalid = err;
          break;
        }
        last = event.seq;
      }
      if (last !== undefined) {
        await tx
          .update(consumerOffsets)
          .set({ position: last })
          .where(and(eq(consumerOffsets.consumer, this.name), eq(consumerOffsets.topic, this.topic)));
      }
      return { read: batch.length, invalid };
    });
    if (invalid) {
      this.stopAt(invalid);
      throw invalid;
    }
    if (this.stalled) {
      this.logger.info({ consumer: this.name, topic: this.topic, seq: this.stalled.seq }, 'event consumer resumed');
      this.stalled = undefined;
    }
    return read;
  }

  private async apply(unit: U, event: BusEvent): Promise<void> {
    const type = event.type as EventName<E>;
    if (!Object.hasOwn(this.contract.events, type)) throw new InvalidEventError(this.topic, event.type, event.seq, []);
    const handler = this.handlers[type];
    if (!handler) return;
    const payload = parsePayload(this.contract, type, event.payload, event.seq);
    await handler(unit, payload, { ...event, payload });
  }

  private stopAt(invalid: InvalidEventError): void {
    const seq = invalid.seq ?? 0;
    if (this.stalled?.seq === seq) return;
    this.stalled = {
      consumer: this.name,
      topic: this.topic,
      seq,
      type: invalid.type,
      issues: invalid.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    };
    this.logger.error(this.stalled, 'event does not match its contract: consumer stopped before it until the event is fixed');
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
          // A stop at an invalid event is logged once, where it is found; anything else is retried.
          if (!(err instanceof InvalidEventError)) this.logger.error({ err, consumer: this.name, topic: this.topic }, 'event consumer failed; will retry');
        }
      } while (this.again);
    })().finally(() => (this.running = undefined));
  }
}

