import { todayInJapan } from '../../format';

/** Whole days from a due date (YYYY-MM-DD) to today in Japan: 1 the day after it is due. */
export function daysLate(dueOn: string, now = new Date()): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(todayInJapan(now)) - day(dueOn)) / 86_400_000);
}
