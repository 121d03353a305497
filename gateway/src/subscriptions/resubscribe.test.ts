import { describe, expect, it } from 'vitest';
import { resubscribeDelay } from './hub.ts';

describe('resubscribing after an upstream ends', () => {
  it('should retry at once, then within half a second, jittered', () => {
    expect(resubscribeDelay(0)).toBe(0);
    const steps = [1, 2, 3, 4, 10, 20].map((failures) => [resubscribeDelay(failures, () => 0), resubscribeDelay(failures, () => 1)]);
    expect(steps).toEqual([
      [50, 100],
      [100, 200],
      [200, 400],
      [250, 500],
      [250, 500],
      [250, 500],
    ]);
  });

  it('should slow to every two seconds once the subgraph has been away for long', () => {
    expect(resubscribeDelay(21, () => 1)).toBe(2_000);
  });
});
