import { describe, expect, it } from 'vitest';
import { SubscriptionLimiter } from './subscription-limiter.ts';

describe('SubscriptionLimiter', () => {
  it('should refuse beyond the cap per socket with TOO_MANY_SUBSCRIPTIONS, and accept again once one ends', () => {
    const limiter = new SubscriptionLimiter({ perSocket: 2, perPerson: 10 });
    const socket = {};
    expect(limiter.acquire(socket, '1', 'a')).toBeUndefined();
    expect(limiter.acquire(socket, '2', 'a')).toBeUndefined();
    expect(limiter.acquire(socket, '3', 'a')?.extensions['code']).toBe('TOO_MANY_SUBSCRIPTIONS');
    limiter.release(socket, '1');
    expect(limiter.acquire(socket, '3', 'a')).toBeUndefined();
  });

  it('should refuse beyond the cap per person over all their sockets, never for someone else', () => {
    const limiter = new SubscriptionLimiter({ perSocket: 10, perPerson: 3 });
    const [one, two] = [{}, {}];
    limiter.acquire(one, '1', 'a');
    limiter.acquire(one, '2', 'a');
    limiter.acquire(two, '1', 'a');
    expect(limiter.acquire(two, '2', 'a')?.message).toMatch(/per person/);
    expect(limiter.acquire(two, '2', 'b')).toBeUndefined();
    expect(limiter.acquire(two, '3', undefined)).toBeUndefined();
  });

  it('should give every slot back when a socket closes', () => {
    const limiter = new SubscriptionLimiter({ perSocket: 5, perPerson: 5 });
    const socket = {};
    for (const id of ['1', '2', '3']) limiter.acquire(socket, id, 'a');
    limiter.release(socket, '2');
    limiter.release(socket, '2');
    limiter.releaseSocket(socket);
    expect(limiter.stats()).toEqual({ active: 0, people: 0 });
  });
});
