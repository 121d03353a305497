import { describe, expect, it } from 'vitest';
import { anniversary, followUpSchedule, type FollowUpFacts } from './follow-up-schedule.ts';

const facts: FollowUpFacts = {
  domestic: true,
  followUpConsented: true,
  procedureDate: '2024-03-10',
  consentWithdrawnOn: null,
  lostToFollowUpOn: null,
  diedInYear: null,
  recordedYears: [],
};

describe('follow-up schedule [R19]', () => {
  it('should schedule years 1 to 5 on the anniversaries of the procedure', () => {
    expect(followUpSchedule(facts, '2024-04-01').map((s) => s.dueOn)).toEqual(['2025-03-10', '2026-03-10', '2027-03-10', '2028-03-10', '2029-03-10']);
  });

  it('should have no follow-up for an overseas case or without follow-up consent', () => {
    expect(followUpSchedule({ ...facts, domestic: false }, '2025-03-10')).toEqual([]);
    expect(followUpSchedule({ ...facts, followUpConsented: false }, '2025-03-10')).toEqual([]);
  });

  it('should be due inside the window and overdue after it closes', () => {
    expect(followUpSchedule(facts, '2025-01-08')[0]!.state).toBe('UPCOMING');
    expect(followUpSchedule(facts, '2025-01-09')[0]!.state).toBe('DUE');
    expect(followUpSchedule(facts, '2025-06-08')[0]!.state).toBe('DUE');
    expect(followUpSchedule(facts, '2025-06-09')[0]!.state).toBe('OVERDUE');
    expect(followUpSchedule({ ...facts, recordedYears: [1] }, '2025-06-09')[0]!.state).toBe('DONE');
  });

  it('should stop after death, loss to follow-up or withdrawal of consent, keeping what was done [T8]', () => {
    expect(followUpSchedule({ ...facts, recordedYears: [1, 2], diedInYear: 2 }, '2030-01-01').map((s) => s.year)).toEqual([1, 2]);
    expect(followUpSchedule({ ...facts, recordedYears: [1], lostToFollowUpOn: '2026-01-01' }, '2030-01-01').map((s) => s.year)).toEqual([1]);
    expect(followUpSchedule({ ...facts, consentWithdrawnOn: '2024-05-01' }, '2030-01-01')).toEqual([]);
  });

  it('should put a 29 February anniversary on 28 February in a common year', () => {
    expect(anniversary('2024-02-29', 1)).toBe('2025-02-28');
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
  });
});
