import { describe, expect, it } from 'vitest';
import { Subscriber } from './subscriber.ts';

describe('a live subscriber queue', () => {
  it('should cut off a client that stops reading once its queue is full, and free the queue', () => {
    let overflowed = 0;
    let closed = 0;
    const subscriber = new Subscriber(3, () => overflowed++, () => closed++);
    for (let i = 0; i < 3; i++) subscriber.push({ data: { i } });
    expect(subscriber.queued).toBe(3);
    subscriber.push({ data: { i: 3 } });
    expect(overflowed).toBe(1);
    expect(closed).toBe(1);
    expect(subscriber.queued).toBe(0);
    subscriber.push({ data: { i: 4 } });
    expect(subscriber.queued).toBe(0);
  });

  it('should deliver in order to a client that reads', async () => {
    const subscriber = new Subscriber(10, () => undefined, () => undefined);
    subscriber.push({ data: { i: 1 } });
    subscriber.push({ data: { i: 2 } });
    expect((await subscriber.next()).value).toEqual({ data: { i: 1 } });
    expect((await subscriber.next()).value).toEqual({ data: { i: 2 } });
  });

  it('should deliver a final refusal and then end', async () => {
    const subscriber = new Subscriber(10, () => undefined, () => undefined);
    subscriber.finish({ errors: [{ message: 'Forbidden' }] as never });
    expect((await subscriber.next()).value).toEqual({ errors: [{ message: 'Forbidden' }] });
    expect((await subscriber.next()).done).toBe(true);
  });
});
