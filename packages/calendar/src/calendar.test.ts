import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  daysBetween,
  fixedCalendar,
  isLocalDate,
  localDateOf,
  localYearBounds,
  localYearOf,
  startOfLocalDate,
} from './index.ts';

describe('the registry calendar (Asia/Tokyo)', () => {
  it('dates 23:59 JST on 31 December in the old year and 00:01 JST on 1 January in the new one [R14]', () => {
    expect(localDateOf(new Date('2026-12-31T14:59:00Z'))).toBe('2026-12-31');
    expect(localYearOf(new Date('2026-12-31T14:59:00Z'))).toBe(2026);
    expect(localDateOf(new Date('2026-12-31T15:01:00Z'))).toBe('2027-01-01');
    expect(localYearOf(new Date('2026-12-31T15:01:00Z'))).toBe(2027);
  });

  it('gives a fixed calendar one now, today and year', () => {
    const cal = fixedCalendar('2026-12-31T15:30:00Z');
    expect(cal.today()).toBe('2027-01-01');
    expect(cal.year()).toBe(2027);
    expect(cal.now().toISOString()).toBe('2026-12-31T15:30:00.000Z');
  });

  it('clamps month arithmetic to the last day of the month [R29]', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('adds days and counts them across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('computes age in whole years on a date', () => {
    expect(ageOn('2016-03-03', '2026-11-01')).toBe(10);
    expect(ageOn('2008-11-01', '2026-11-01')).toBe(18);
    expect(ageOn('2008-11-02', '2026-11-01')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
  });

  it('refuses dates that do not exist', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('finds the instants at which a Japanese day and year begin', () => {
    expect(startOfLocalDate('2027-01-01').toISOString()).toBe('2026-12-31T15:00:00.000Z');
    const { start, end } = localYearBounds(2026);
    expect(start.toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });
});
