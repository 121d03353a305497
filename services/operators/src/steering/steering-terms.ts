import { addDays, addYears } from '@registry/calendar';

/** [R36] a steering member serves three years; reappointment is a new term. */
export const TERM_YEARS = 3;

export interface Term {
  startsOn: string;
  endsOn: string;
}

/** The last day of a term starting on `startsOn` [R36]. */
export function termEnd(startsOn: string): string {
  return addDays(addYears(startsOn, TERM_YEARS), -1);
}

/** A term covers `day` from its first to its last day, both included. */
export function isCurrent(term: Term, day: string): boolean {
  return term.startsOn <= day && day <= term.endsOn;
}

/** Terms of one member never overlap: a renewal starts after the previous term ends. */
export function overlaps(term: Term, others: readonly Term[]): boolean {
  return others.some((o) => o.startsOn <= term.endsOn && term.startsOn <= o.endsOn);
}
