import { AsyncLocalStorage } from 'node:async_hooks';
import { publish, type BusEvent } from '@registry/bus';
import { fixedCalendar, localDateOf, localYearOf, type Calendar, type LocalDate } from '@registry/calendar';
import type { EventName, EventSchemas, Payload, PayloadIn, TopicContract } from '@registry/contracts';
import { queryRows, type Database, type Executor, type Transaction } from '@registry/db';
import { unauthenticated } from '@registry/errors';
import { sql } from 'drizzle-orm';

/** What a request caches and a write makes stale: a DataLoader, a memo. */
export interface Resettable {
  clearAll(): unknown;
}

/** Who wrote an audit entry, and when: the unit's actor and instant. */
export interface AuditWho {
  actorAccountId: string;
  at: Date;
  reason: string | null;
}

/**
 * A subgraph's audit trail, appended on the unit's transaction: the cases' hash chain
 * [T14.1], whose every entry has an actor, or a log that also records what no one signed
 * in did (`anonymous`: the operators' failed login of an unknown id, the bootstrap), where
 * the unit without an actor writes the entry with none.
 */
export type AuditTrail<Subject, Item> =
  | { readonly anonymous?: false; append(tx: Executor, subject: Subject, items: readonly Item[], who: AuditWho): Promise<void> }
  | { readonly anonymous: true; append(tx: Executor, subject: Subject, items: readonly Item[], who: AnonymousAuditWho): Promise<void> };

/** Who wrote an entry of an anonymous trail: the unit's actor, or none. */
export type AnonymousAuditWho = Omit<AuditWho, 'actorAccountId'> & { actorAccountId: string | null };

/**
 * One write, as its work sees it: the transaction (the only handle to the database inside
 * it — PGlite has one connection), the one instant of the write, the actor, the outbox and
 * the audit trail. A subgraph without an audit trail has `Subject = never`: `audit` cannot
 * be called there.
 */
export interface Unit<Subject = never, Item = never> {
  readonly tx: Transaction;
  /** The instant of the whole unit: every row it writes carries this one [R14]. */
  readonly now: Date;
  /** The day in Japan at `now` [R14]. */
  readonly today: LocalDate;
  /** The year in Japan at `now` [R14]. */
  readonly year: number;
  /** The calendar standing at `now`, for code that takes a calendar. */
  readonly calendar: Calendar;
  /** The viewer's account; absent for an anonymous visitor (a login) and for the bus's consumers. */
  readonly actor: string | undefined;
  /** The actor, or UNAUTHENTICATED when there is none. */
  requireActor(): string;
  /** Writes the event to the outbox in this transaction: it exists if and only if the unit commits. */
  publish<E extends EventSchemas, K extends EventName<E>>(contract: TopicContract<E>, type: K, payload: PayloadIn<E, K>): Promise<BusEvent<Payload<E, K>>>;
  /** Appends to the subgraph's audit trail, by the actor at `now`. */
  audit(subject: Subject, items: readonly Item[], reason?: string | null): Promise<void>;
  /** Runs after the unit commits (never after a rollback). */
  afterCommit(effect: () => void): void;
}

/** A row the unit locks before its work, and the check made against the locked row. */
export interface Lock<Row> {
  row(tx: Transaction): Promise<Row | undefined>;
  /** The refusal when there is no such row (usually `notFound`). */
  missing(): Error;
  /** Authorization against the locked row: what it throws rolls the unit back. */
  authorize?(row: Row): void;
}

/**
 * The transaction-local setting a subgraph's entity-change triggers set when a transaction
 * changes the rows of a type the gateway caches (operators' migration 0005) [#17.1].
 */
export const ENTITIES_CHANGED_SETTING = 'registry.entities_changed';

/**
 * What one request's units committed, as its answer tells the gateway: whether any changed
 * the rows of a cached entity. Marked only after the commit, never for a rollback.
 */
export class CommittedChanges {
  entities = false;
}

export interface UnitOfWorkOptions<Subject, Item> {
  db: Database;
  calendar: Calendar;
  /** The viewer's account id, when there is one. */
  actor?: string | undefined;
  /** The request's loaders, emptied after every commit: what they cached may have changed. */
  loaders?: Iterable<Resettable>;
  audit?: AuditTrail<Subject, Item>;
  /**
   * Given when the subgraph's triggers set ENTITIES_CHANGED_SETTING: each unit reads it
   * just before its commit and marks `entities` once committed [#17.1].
   */
  committed?: CommittedChanges;
}

interface Open {
  db: Database;
  unit: Unit<unknown, unknown>;
  effects: (() => void)[];
}

/** The unit running on this async path, so that a unit inside a unit joins it instead of waiting on PGlite's one connection. */
const running = new AsyncLocalStorage<Open>();

/**
 * Every write of a subgraph: one transaction, one instant (`now`, `today`), the actor, the
 * rows it locks, its audit entries and its events, and the request's loaders emptied after
 * it commits. A refusal thrown anywhere inside rolls back everything, events included.
 * A unit started inside another of the same database joins it: same transaction, same
 * instant, effects after the outer commit.
 */
export class UnitOfWork<Subject = never, Item = never> {
  readonly calendar: Calendar;
  private readonly loaders: Resettable[];

  constructor(private readonly options: UnitOfWorkOptions<Subject, Item>) {
    this.calendar = options.calendar;
    this.loaders = [...(options.loaders ?? [])];
  }

  /** The same unit of work for another actor (a login learns who it is inside its work). */
  as(actor: string | undefined): UnitOfWork<Subject, Item> {
    return new UnitOfWork({ ...this.options, actor });
  }

  async run<T>(work: (unit: Unit<Subject, Item>) => Promise<T>): Promise<T> {
    const outer = running.getStore();
    if (outer && outer.db === this.options.db) {
      outer.effects.push(() => this.resetLoaders());
      return work(this.joined(outer.unit));
    }
    const now = this.options.calendar.now();
    const effects: (() => void)[] = [];
    const committed = this.options.committed;
    let changedEntities = false;
    const result = await this.options.db.transaction(async (tx) => {
      const unit = this.open(tx, now, effects);
      const value = await running.run({ db: this.options.db, unit: unit as Unit<unknown, unknown>, effects }, () => work(unit));
      if (committed) changedEntities = await entitiesChanged(tx);
      return value;
    });
    if (committed && changedEntities) committed.entities = true;
    this.resetLoaders();
    for (const effect of effects) effect();
    return result;
  }

  /** Runs `work` with `lock`'s row locked for the transaction and authorized against. */
  lock<Row, T>(lock: Lock<Row>, work: (unit: Unit<Subject, Item>, row: Row) => Promise<T>): Promise<T> {
    return this.run(async (unit) => {
      const row = await lock.row(unit.tx);
      if (row === undefined) throw lock.missing();
      lock.authorize?.(row);
      return work(unit, row);
    });
  }

  private resetLoaders(): void {
    for (const loader of this.loaders) loader.clearAll();
  }

  private open(tx: Transaction, now: Date, effects: (() => void)[]): Unit<Subject, Item> {
    const actor = this.options.actor;
    const trail = this.options.audit;
    const requireActor = () => {
      if (!actor) throw unauthenticated('A change needs a signed-in account');
      return actor;
    };
    return {
      tx,
      now,
      today: localDateOf(now),
      year: localYearOf(now),
      calendar: fixedCalendar(now),
      actor,
      requireActor,
      publish: (contract, type, payload) => publish(tx, contract, type, payload),
      audit: async (subject, items, reason = null) => {
        if (!trail) throw new Error('this subgraph keeps no audit trail');
        if (trail.anonymous) await trail.append(tx, subject, items, { actorAccountId: actor ?? null, at: now, reason });
        else await trail.append(tx, subject, items, { actorAccountId: requireActor(), at: now, reason });
      },
      afterCommit: (effect) => void effects.push(effect),
    };
  }

  /** This unit of work's view of an outer unit: its transaction and instant, this actor and trail. */
  private joined(outer: Unit<unknown, unknown>): Unit<Subject, Item> {
    const inner = this.open(outer.tx, outer.now, []);
    return { ...inner, afterCommit: (effect) => outer.afterCommit(effect) };
  }
}

/** Whether this transaction changed a cached entity's rows: '1' once a trigger set it; NULL or '' otherwise. */
async function entitiesChanged(tx: Transaction): Promise<boolean> {
  const rows = await queryRows<{ changed: string | null }>(tx, sql`select current_setting(${ENTITIES_CHANGED_SETTING}, true) as changed`);
  return rows[0]?.changed === '1';
}
