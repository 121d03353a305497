import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { topic } from '@registry/contracts';
import type { DatabaseHandle } from '@registry/db';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { createLogger } from '@registry/logging';
import { DurableConsumer, type EventHandlers } from './durable-consumer.ts';
import { EventBus } from './event-bus.ts';
import { InvalidEventError } from './event.ts';
import { migrateBus } from './migrate.ts';
import { publish } from './publish.ts';
import { consumerOffsets } from './schema.ts';

/** A test topic of the shape the registry's contracts have (@registry/contracts). */
const numbered = (name: string) => topic(name, { 'Counted.v1': z.strictObject({ n: z.int() }), 'Noted.v1': z.strictObject({ note: z.string() }) });
type Numbered = ReturnType<typeof numbered>['events'];

describe('the event bus', () => {
  let handle: DatabaseHandle;
  let bus: EventBus;
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('bus-test', 'info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });

  beforeAll(async () => {
    handle = await createTestDatabase();
    await migrateBus(handle);
    bus = new EventBus(handle);
    await bus.start();
  });
  afterAll(async () => {
    await bus.stop();
    await handle.close();
  });

  const consumer = (name: string, t: ReturnType<typeof numbered>, handlers: EventHandlers<Numbered>) => new DurableConsumer(bus, { name, topic: t, handlers, logger, unitOfWork: { run: (work) => handle.db.transaction((tx) => work({ tx })) } });
  const positionOf = async (name: string) => (await handle.db.select({ position: consumerOffsets.position }).from(consumerOffsets).where(sql`${consumerOffsets.consumer} = ${name}`))[0]?.position;
  /** What a publisher without the contract could have written: straight into the table. */
  const writeRaw = (t: string, seq: number, type: string, payload: unknown) =>
    handle.db.execute(sql`with head as (insert into bus.topics (topic, head) values (${t}, ${seq}) on conflict (topic) do update set head = ${seq})
      insert into bus.events (topic, seq, type, payload) values (${t}, ${seq}, ${type}, ${JSON.stringify(payload)}::jsonb)`);

  it('should number a topic gaplessly, a rolled-back event giving its number back', async () => {
    const gapless = numbered('gapless');
    await handle.db.transaction((tx) => publish(tx, gapless, 'Counted.v1', { n: 1 }));
    await handle.db
      .transaction(async (tx) => {
        await publish(tx, gapless, 'Counted.v1', { n: 2 });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await handle.db.transaction((tx) => publish(tx, gapless, 'Counted.v1', { n: 3 }));
    const events = await bus.read('gapless', 0, 10);
    expect(events.map((e) => [e.seq, e.type, e.payload])).toEqual([
      [1, 'Counted.v1', { n: 1 }],
      [2, 'Counted.v1', { n: 3 }],
    ]);
  });

  it('should refuse a payload its contract refuses inside the publishing transaction, writing nothing', async () => {
    const refused = numbered('refused');
    const attempt = handle.db.transaction(async (tx) => {
      await publish(tx, refused, 'Counted.v1', { n: 1 });
      await publish(tx, refused, 'Counted.v1', { n: 'two' } as never);
    });
    await expect(attempt).rejects.toThrow(InvalidEventError);
    await expect(attempt).rejects.toThrow(/Counted\.v1 on topic refused does not match its contract: n:/);
    await expect(handle.db.transaction((tx) => publish(tx, refused, 'Counted.v1', { n: 1, extra: true } as never))).rejects.toThrow(InvalidEventError);
    await expect(handle.db.transaction((tx) => publish(tx, refused, 'Unheard.v1' as never, {} as never))).rejects.toThrow(/is not an event of this topic/);
    expect(await bus.read('refused', 0, 10)).toEqual([]);
    expect(await bus.head('refused')).toBe(0);
  });

  it('should replay after a position and then follow live, each event once', async () => {
    const replay = numbered('replay');
    for (let i = 1; i <= 3; i++) await handle.db.transaction((tx) => publish(tx, replay, 'Counted.v1', { n: i }));
    const stream = bus.stream('replay', { after: 1 });
    const seen: number[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        seen.push(event.seq);
        if (seen.length === 4) break;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 4; i <= 5; i++) await handle.db.transaction((tx) => publish(tx, replay, 'Counted.v1', { n: i }));
    await reading;
    expect(seen).toEqual([2, 3, 4, 5]);
  });

  it('should let a slow stream fall back to the database instead of buffering without bound', async () => {
    const bounded = numbered('bounded');
    const stream = bus.stream('bounded', { highWaterMark: 2 });
    const first = stream.next();
    await new Promise((r) => setTimeout(r, 30));
    for (let i = 1; i <= 10; i++) await handle.db.transaction((tx) => publish(tx, bounded, 'Counted.v1', { n: i }));
    const seqs = [(await first).value!.seq];
    while (seqs.length < 10) seqs.push((await stream.next()).value!.seq);
    await stream.return();
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('should apply each event to a durable consumer once, however often it runs, handing it the parsed payload', async () => {
    const durable = numbered('durable');
    const applied: [number, number][] = [];
    const c = consumer('test.consumer', durable, { 'Counted.v1': async (_tx, payload, event) => void applied.push([event.seq, payload.n]) });
    for (let i = 1; i <= 3; i++) await handle.db.transaction((tx) => publish(tx, durable, 'Counted.v1', { n: i * 10 }));
    await handle.db.transaction((tx) => publish(tx, durable, 'Noted.v1', { note: 'not read by this consumer' }));
    await c.drain();
    await c.drain();
    expect(applied).toEqual([[1, 10], [2, 20], [3, 30]]);
    expect(await positionOf('test.consumer')).toBe(4);
  });

  it('should not advance a consumer whose handler fails, so nothing is lost', async () => {
    const failing = numbered('failing');
    let fail = true;
    const applied: number[] = [];
    const c = consumer('test.failing', failing, {
      'Counted.v1': async (_tx, _payload, event) => {
        if (fail) throw new Error('handler down');
        applied.push(event.seq);
      },
    });
    await handle.db.transaction((tx) => publish(tx, failing, 'Counted.v1', { n: 1 }));
    await expect(c.drain()).rejects.toThrow('handler down');
    fail = false;
    await c.drain();
    expect(applied).toEqual([1]);
  });

  it('should stop a consumer at an invalid payload, say so and not advance past it; once the row is fixed it resumes', async () => {
    const stopping = numbered('stopping');
    const applied: number[] = [];
    const c = consumer('test.stopping', stopping, { 'Counted.v1': async (_tx, payload) => void applied.push(payload.n) });
    await handle.db.transaction((tx) => publish(tx, stopping, 'Counted.v1', { n: 1 }));
    await writeRaw('stopping', 2, 'Counted.v1', { n: 'two' });
    await writeRaw('stopping', 3, 'Counted.v1', { n: 3 });

    await expect(c.drain()).rejects.toThrow(/Counted\.v1 #2 on topic stopping does not match its contract/);
    await expect(c.drain()).rejects.toThrow(InvalidEventError);
    expect(applied).toEqual([1]);
    expect(await positionOf('test.stopping')).toBe(1);
    expect(c.stall()).toEqual({ consumer: 'test.stopping', topic: 'stopping', seq: 2, type: 'Counted.v1', issues: [{ path: 'n', message: expect.stringContaining('number') }] });
    const logged = lines.filter((l) => l['consumer'] === 'test.stopping' && l['level'] === 50);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ topic: 'stopping', seq: 2, type: 'Counted.v1', msg: expect.stringContaining('stopped') });

    await handle.db.execute(sql`update bus.events set payload = '{"n": 2}'::jsonb where topic = 'stopping' and seq = 2`);
    await c.drain();
    expect(applied).toEqual([1, 2, 3]);
    expect(await positionOf('test.stopping')).toBe(3);
    expect(c.stall()).toBeUndefined();
  });

  it('should stop a consumer at an event its topic does not know (a newer version), even one it has no handler for', async () => {
    const versions = numbered('versions');
    const applied: number[] = [];
    const c = consumer('test.versions', versions, { 'Counted.v1': async (_tx, payload) => void applied.push(payload.n) });
    await handle.db.transaction((tx) => publish(tx, versions, 'Counted.v1', { n: 1 }));
    await writeRaw('versions', 2, 'Counted.v2', { n: 2, unit: 'mm' });
    await handle.db.transaction((tx) => publish(tx, versions, 'Counted.v1', { n: 3 }));

    await expect(c.drain()).rejects.toThrow(/Counted\.v2 #2 on topic versions is not an event of this topic/);
    expect(applied).toEqual([1]);
    expect(await positionOf('test.versions')).toBe(1);
    expect(c.stall()).toMatchObject({ seq: 2, type: 'Counted.v2', issues: [] });

    await handle.db.execute(sql`delete from bus.events where topic = 'versions' and seq = 2`);
    await c.drain();
    expect(applied).toEqual([1, 3]);
    expect(c.stall()).toBeUndefined();
  });
});
