import { describe, expect, it } from 'vitest';
import { isCurrent, overlaps, termEnd } from './steering-terms.ts';

describe('steering terms', () => {
  it('should last three years to the day before the anniversary [R36]', () => {
    expect(termEnd('2025-06-01')).toBe('2028-05-31');
  });

  it('should cover its first and last day and nothing after [R36]', () => {
    const term = { startsOn: '2025-06-01', endsOn: '2028-05-31' };
    expect(isCurrent(term, '2025-06-01')).toBe(true);
    expect(isCurrent(term, '2028-05-31')).toBe(true);
    expect(isCurrent(term, '2028-06-01')).toBe(false);
  });

  it('should allow a renewal after the term and refuse an overlap [R36]', () => {
    const first = { startsOn: '2025-06-01', endsOn: '2028-05-31' };
    expect(overlaps({ startsOn: '2028-06-01', endsOn: '2031-05-31' }, [first])).toBe(false);
    expect(overlaps({ startsOn: '2027-06-01', endsOn: '2030-05-31' }, [first])).toBe(true);
  });
});
