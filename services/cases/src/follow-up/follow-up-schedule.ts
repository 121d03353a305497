import { addDays, addYears } from '@registry/calendar';

/**
 * [R19] Domestic cases whose patient consented to long-term follow-up are followed up
 * yearly, 1 to 5 years after the procedure; overseas cases end at the procedure result.
 * The rules give no window; ours opens 60 days before each anniversary and closes 90
 * days after it (docs/architecture.md "Choices where the rules are silent").
 */
export const FOLLOW_UP_YEARS = [1, 2, 3, 4, 5] as const;
export const WINDOW_OPENS_DAYS_BEFORE = 60;
export const WINDOW_CLOSES_DAYS_AFTER = 90;

export type FollowUpState = 'UPCOMING' | 'DUE' | 'OVERDUE' | 'DONE';

export interface FollowUpSlot {
  year: number;
  dueOn: string;
  windowOpensOn: string;
  windowClosesOn: string;
  state: FollowUpState;
}

export interface FollowUpFacts {
  domestic: boolean;
  followUpConsented: boolean;
  procedureDate: string;
  consentWithdrawnOn: string | null;
  lostToFollowUpOn: string | null;
  /** The follow-up year in which death was recorded, if any. */
  diedInYear: number | null;
  recordedYears: readonly number[];
}

/** The anniversary; 29 February falls on 28 February in common years. */
export function anniversary(date: string, years: number): string {
  return addYears(date, years);
}

/**
 * [R19] The last day a contact still counts for `year`: the day before the next year's
 * window opens. An overdue follow-up may be recorded late, but not as another year's.
 */
export function lastContactDay(procedureDate: string, year: number): string {
  return addDays(addDays(anniversary(procedureDate, year + 1), -WINDOW_OPENS_DAYS_BEFORE), -1);
}

/** Whether the case is followed up at all [R19][T8]. */
export function isFollowedUp(f: Pick<FollowUpFacts, 'domestic' | 'followUpConsented'>): boolean {
  return f.domestic && f.followUpConsented;
}

/**
 * The slots that still concern the case on `today`: none for an overseas case or without
 * consent; none after a withdrawal or loss to follow-up except those already done; none
 * after the year death was recorded.
 */
export function followUpSchedule(f: FollowUpFacts, today: string): FollowUpSlot[] {
  if (!isFollowedUp(f)) return [];
  const slots: FollowUpSlot[] = [];
  for (const year of FOLLOW_UP_YEARS) {
    const dueOn = anniversary(f.procedureDate, year);
    const windowOpensOn = addDays(dueOn, -WINDOW_OPENS_DAYS_BEFORE);
    const windowClosesOn = addDays(dueOn, WINDOW_CLOSES_DAYS_AFTER);
    const done = f.recordedYears.includes(year);
    const stopped = (f.diedInYear !== null && year > f.diedInYear) || f.consentWithdrawnOn !== null || f.lostToFollowUpOn !== null;
    if (!done && stopped) continue;
    const state: FollowUpState = done ? 'DONE' : today < windowOpensOn ? 'UPCOMING' : today <= windowClosesOn ? 'DUE' : 'OVERDUE';
    slots.push({ year, dueOn, windowOpensOn, windowClosesOn, state });
  }
  return slots;
}
