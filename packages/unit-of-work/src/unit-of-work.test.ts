import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { busTables, migrateBus } from '@registry/bus';
import { calendarFrom, fixedCalendar } from '@registry/calendar';
import { topic } from '@registry/contracts';
import type { DatabaseHandle, Executor } from '@registry/db';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { forbidden, notFound } from '@registry/errors';
import { CommittedChanges, ENTITIES_CHANGED_SETTING, UnitOfWork, type AuditTrail } from './unit-of-work.ts';

const notes = pgTable('uow_notes', { id: integer('id').primaryKey(), text: text('text').notNull(), writtenOn: text('written_on').notNull(), writtenAt: text('written_at').notNull() });
const trail = pgTable('uow_trail', { subject: integer('subject').notNull(), item: text('item').notNull(), actor: text('actor').notNull(), at: text('at').notNull() });
const noted = topic('uow-test', { 'Noted.v1': z.strictObject({ id: z.int() }) });

const auditTrail: AuditTrail<number, string> = {
  async append(tx: Executor, subject, items, who) {
    for (const item of items) await tx.insert(trail).values({ subject, item, actor: who.actorAccountId, at: who.at.toISOString() });
  },
};

/** A loader as the request caches it: counts its resets. */
const loader = () => ({ cleared: 0, clearAll() { this.cleared++; } });

describe('the unit of work', () => {
  let handle: DatabaseHandle;
  const eventsOnTopic = async () => (await handle.db.select({ payload: busTables.events.payload }).from(busTables.events).where(eq(busTables.events.topic, 'uow-test'))).map((e) => e.payload);
  const notesNow = () => handle.db.select().from(notes).orderBy(notes.id);

  beforeAll(async () => {
    handle = await createTestDatabase();
    await migrateBus(handle);
    await handle.db.execute(sql`create table uow_notes (id integer primary key, text text not null, written_on text not null, written_at text not null)`);
    await handle.db.execute(sql`create table uow_trail (subject integer not null, item text not null, actor text not null, at text not null)`);
  });
  afterAll(() => handle.close());

  it('should commit the work, its audit entry and its event in one transaction, by the actor at one instant [T14.1]', async () => {
    const uow = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-12-31T15:30:00Z'), actor: 'account-1', audit: auditTrail });
    const written = await uow.run(async (unit) => {
      await unit.tx.insert(notes).values({ id: 1, text: 'first', writtenOn: unit.today, writtenAt: unit.now.toISOString() });
      await unit.audit(1, ['CREATE']);
      await unit.publish(noted, 'Noted.v1', { id: 1 });
      return unit.year;
    });
    expect(written).toBe(2027);
    expect(await notesNow()).toEqual([{ id: 1, text: 'first', writtenOn: '2027-01-01', writtenAt: '2026-12-31T15:30:00.000Z' }]);
    expect(await handle.db.select().from(trail)).toEqual([{ subject: 1, item: 'CREATE', actor: 'account-1', at: '2026-12-31T15:30:00.000Z' }]);
    expect(await eventsOnTopic()).toEqual([{ id: 1 }]);
  });

  it('should write nothing, and publish nothing, when the work is refused', async () => {
    const uow = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-06-01T00:00:00Z'), actor: 'account-1', audit: auditTrail });
    await expect(
      uow.run(async (unit) => {
        await unit.tx.insert(notes).values({ id: 2, text: 'refused', writtenOn: unit.today, writtenAt: unit.now.toISOString() });
        await unit.audit(2, ['CREATE']);
        await unit.publish(noted, 'Noted.v1', { id: 2 });
        throw forbidden();
      }),
    ).rejects.toThrow(/forbidden|not allowed/i);
    expect((await notesNow()).map((n) => n.id)).toEqual([1]);
    expect((await handle.db.select().from(trail)).map((t) => t.subject)).toEqual([1]);
    expect(await eventsOnTopic()).toEqual([{ id: 1 }]);
  });

  it('should give the whole unit one instant, however long it runs', async () => {
    let ticks = 0;
    const clock = calendarFrom(() => new Date(Date.UTC(2026, 0, 1, 0, 0, ticks++)));
    const uow = new UnitOfWork({ db: handle.db, calendar: clock });
    const seen = await uow.run(async (unit) => {
      const first = unit.now;
      await unit.tx.execute(sql`select 1`);
      return [first, unit.now, unit.calendar.now()].map((d) => d.toISOString());
    });
    expect(new Set(seen)).toEqual(new Set(['2026-01-01T00:00:00.000Z']));
    expect(ticks).toBe(1);
  });

  it('should empty the request loaders after a commit, and keep them after a rollback', async () => {
    const a = loader();
    const b = loader();
    const uow = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-01-01T00:00:00Z'), loaders: [a, b] });
    await uow.run(async (unit) => {
      await unit.tx.execute(sql`select 1`);
      expect(a.cleared).toBe(0);
    });
    expect([a.cleared, b.cleared]).toEqual([1, 1]);
    await uow.run(() => Promise.reject(forbidden())).catch(() => undefined);
    expect([a.cleared, b.cleared]).toEqual([1, 1]);
  });

  it('should lock the asked row, authorize against it, and refuse a missing one', async () => {
    const uow = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-03-01T00:00:00Z') });
    const lockNote = (id: number, authorize?: (row: { text: string }) => void) => ({
      row: async (tx: Executor) => (await tx.select().from(notes).where(eq(notes.id, id)).for('update'))[0],
      missing: () => notFound('Note'),
      ...(authorize ? { authorize } : {}),
    });
    expect(await uow.lock(lockNote(1), async (_unit, row) => row.text)).toBe('first');
    await expect(uow.lock(lockNote(9), async () => 'never')).rejects.toThrow(/not found/i);
    let worked = false;
    await expect(
      uow.lock(
        lockNote(1, () => {
          throw forbidden();
        }),
        async () => void (worked = true),
      ),
    ).rejects.toThrow();
    expect(worked).toBe(false);
  });

  it('should join a unit started inside another: one transaction, one instant, loaders emptied after the outer commit', async () => {
    const inner = loader();
    const outer = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-04-01T00:00:00Z') });
    const nested = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2030-01-01T00:00:00Z'), loaders: [inner] });
    await expect(
      outer.run(async (unit) => {
        await nested.run(async (joined) => {
          expect(joined.tx).toBe(unit.tx);
          expect(joined.today).toBe('2026-04-01');
          await joined.tx.insert(notes).values({ id: 3, text: 'joined', writtenOn: joined.today, writtenAt: joined.now.toISOString() });
        });
        expect(inner.cleared).toBe(0);
        throw forbidden();
      }),
    ).rejects.toThrow();
    expect((await notesNow()).map((n) => n.id)).toEqual([1]);
    expect(inner.cleared).toBe(0);
  });

  it("[#17.1] should mark a cached entity changed once its unit commits, never for a rollback nor for a unit that changed none", async () => {
    const committed = new CommittedChanges();
    const uow = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-05-01T00:00:00Z'), committed });
    const flag = sql`select set_config(${ENTITIES_CHANGED_SETTING}, '1', true)`;
    await uow.run((unit) => unit.tx.execute(sql`select 1`));
    expect(committed.entities).toBe(false);
    await uow.run(async (unit) => {
      await unit.tx.execute(flag);
      throw forbidden();
    }).catch(() => undefined);
    expect(committed.entities).toBe(false);
    // A savepoint rolled back takes its setting with it.
    await uow.run((unit) => unit.tx.transaction((inner) => inner.execute(flag).then(() => inner.rollback())).catch(() => undefined));
    expect(committed.entities).toBe(false);
    await uow.run(async (unit) => {
      expect(committed.entities).toBe(false);
      await unit.tx.execute(flag);
    });
    expect(committed.entities).toBe(true);
  });

  it('should refuse an audit entry without an actor, rolling the unit back [T14.1]', async () => {
    const uow = new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-05-01T00:00:00Z'), audit: auditTrail });
    await expect(uow.run((unit) => unit.audit(1, ['READ']))).rejects.toThrow(/signed-in/);
    expect(() => new UnitOfWork({ db: handle.db, calendar: fixedCalendar('2026-05-01T00:00:00Z') }).as('account-2')).not.toThrow();
  });
});
