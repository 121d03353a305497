import { describe, expect, it } from 'vitest';
import { dueOn } from './core-lab-service.ts';

describe('the core-lab due date', () => {
  it('should fall one month after the notification, on the last day of a shorter month [R29]', () => {
    expect(dueOn(new Date('2026-01-31T10:00:00+09:00'))).toBe('2026-02-28');
    expect(dueOn(new Date('2028-01-31T10:00:00+09:00'))).toBe('2028-02-29');
    expect(dueOn(new Date('2026-03-15T10:00:00+09:00'))).toBe('2026-04-15');
  });

  it('should count from the day of the notification in Japan, not in UTC [R29]', () => {
    // 01:00 on 31 January in Tokyo is still 30 January in UTC.
    expect(dueOn(new Date('2026-01-30T16:00:00Z'))).toBe('2026-02-28');
    // 23:59 on 31 December in Tokyo: due 31 January, not 28 February.
    expect(dueOn(new Date('2026-12-31T14:59:00Z'))).toBe('2027-01-31');
  });
});
