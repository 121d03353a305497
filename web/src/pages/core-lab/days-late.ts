/** Today's date in Japan (YYYY-MM-DD), the day the registry counts due dates by [R29]. */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from a due date (YYYY-MM-DD) to today in Japan: 1 the day after it is due. */
export function daysLate(dueOn: string, now = new Date()): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(todayInJapan(now)) - day(dueOn)) / 86_400_000);
}
