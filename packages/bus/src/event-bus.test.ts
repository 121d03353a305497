import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type DatabaseHandle } from '@registry/db';
import { DurableConsumer } from './durable-consumer.ts';
import { EventBus } from './event-bus.ts';
import { migrateBus } from './migrate.ts';
import { publish } from './publish.ts';

describe('the event bus', () => {
  let handle: DatabaseHandle;
  let bus: EventBus;

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

  it('should number a topic gaplessly, a rolled-back event giving its number back', async () => {
    await handle.db.transaction((tx) => publish(tx, 'gapless', 'A', { n: 1 }));
    await handle.db
      .transaction(async (tx) => {
        await publish(tx, 'gapless', 'A', { n: 2 });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await handle.db.transaction((tx) => publish(tx, 'gapless', 'A', { n: 3 }));
    const events = await bus.read('gapless', 0, 10);
    expect(events.map((e) => [e.seq, (e.payload as { n: number }).n])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('should replay after a position and then follow live, each event once', async () => {
    for (let i = 1; i <= 3; i++) await handle.db.transaction((tx) => publish(tx, 'replay', 'A', { i }));
    const stream = bus.stream('replay', { after: 1 });
    const seen: number[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        seen.push(event.seq);
        if (seen.length === 4) break;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 4; i <= 5; i++) await handle.db.transaction((tx) => publish(tx, 'replay', 'A', { i }));
    await reading;
    expect(seen).toEqual([2, 3, 4, 5]);
  });

  it('should let a slow stream fall back to the database instead of buffering without bound', async () => {
    const stream = bus.stream('bounded', { highWaterMark: 2 });
    const first = stream.next();
    await new Promise((r) => setTimeout(r, 30));
    for (let i = 1; i <= 10; i++) await handle.db.transaction((tx) => publish(tx, 'bounded', 'A', { i }));
    const seqs = [(await first).value!.seq];
    while (seqs.length < 10) seqs.push((await stream.next()).value!.seq);
    await stream.return();
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('should apply each event to a durable consumer once, however often it runs', async () => {
    const applied: number[] = [];
    const consumer = new DurableConsumer(handle, bus, 'test.consumer', 'durable', async (_tx, event) => {
      applied.push(event.seq);
    });
    for (let i = 1; i <= 3; i++) await handle.db.transaction((tx) => publish(tx, 'durable', 'A', { i }));
    await consumer.drain();
    await consumer.drain();
    expect(applied).toEqual([1, 2, 3]);
  });

  it('should not advance a consumer whose handler fails, so nothing is lost', async () => {
    let fail = true;
    const applied: number[] = [];
    const consumer = new DurableConsumer(handle, bus, 'test.failing', 'failing', async (_tx, event) => {
      if (fail) throw new Error('handler down');
      applied.push(event.seq);
    });
    await handle.db.transaction((tx) => publish(tx, 'failing', 'A', {}));
    await expect(consumer.drain()).rejects.toThrow('handler down');
    fail = false;
    await consumer.drain();
    expect(applied).toEqual([1]);
  });
});
