/**
 * The registry's one calendar. The registry is Japanese: every "today", every year of a
 * renewal [R14], every due date [R29] and every "not in the future" is a date in Japan
 * (Asia/Tokyo), never in UTC. A case completed at 00:30 on 1 January in Tokyo belongs to
 * the new year, though it is still 31 December in UTC.
 *
 * Dates are `YYYY-MM-DD` strings (`LocalDate`): calendar days, compared as strings.
 * Instants stay `Date` (GraphQL's `DateTime` scalar writes them, packages/subgraph-server). Japan has kept +09:00 without daylight saving since 1951, but the
 * conversion goes through `Intl` so that the zone's rules, not a constant, decide.
 */

export const REGISTRY_TIME_ZONE = 'Asia/Tokyo';

/** A calendar date in Japan, `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: REGISTRY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Japan at the instant `at`. */
export function localDateOf(at: Date): LocalDate {
  return dayFormat.format(at);
}

/** The calendar year in Japan at the instant `at`. */
export function localYearOf(at: Date): number {
  return yearOf(localDateOf(at));
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(date);
  if (!m || !isLocalDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: LocalDate): number {
  return parts(date)[0];
}

/**
 * `date` moved by whole months, clamped to the last day of the target month: one month
 * after 31 January is 28 (or 29) February, never 3 March [R29].
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** `date` moved by whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * Age in whole years on `on` for someone born on `birth`, as Japanese law counts it for
 * everyday purposes: the birthday is reached on its date (29 February on 28 February).
 */
export function ageOn(birth: LocalDate, on: LocalDate): number {
  const [by] = parts(birth);
  const [oy] = parts(on);
  let age = oy - by;
  if (addYears(birth, age) > on) age -= 1;
  return age;
}

/** The instant at which `date` begins in Japan (00:00 JST). */
export function startOfLocalDate(date: LocalDate): Date {
  const [y, m, d] = parts(date);
  const wall = Date.UTC(y, m - 1, d);
  // The zone's offset near that day, read through Intl, then checked once at the result.
  let at = wall - zoneOffsetMs(new Date(wall));
  const offset = zoneOffsetMs(new Date(at));
  if (wall - offset !== at) at = wall - offset;
  return new Date(at);
}

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: REGISTRY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Milliseconds by which Japan's wall clock is ahead of UTC at `at`. */
function zoneOffsetMs(at: Date): number {
  const p = Object.fromEntries(offsetFormat.formatToParts(at).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second']));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The first instant of `year` in Japan, and of the next year: [start, end). */
export function localYearBounds(year: number): { start: Date; end: Date } {
  return { start: startOfLocalDate(format(year, 1, 1)), end: startOfLocalDate(format(year + 1, 1, 1)) };
}

/**
 * The calendar a service is given: one clock, read in Japan. Inject it (tests pass
 * `fixedCalendar`) instead of calling `new Date()`, so that every decision of one request
 * shares one "now" and a test can stand at 23:59 JST on 31 December.
 */
export interface Calendar {
  now(): Date;
  today(): LocalDate;
  year(): number;
}

export function calendarFrom(clock: () => Date): Calendar {
  return {
    now: clock,
    today: () => localDateOf(clock()),
    year: () => localYearOf(clock()),
  };
}

/** The system clock, read in Japan. */
export const systemCalendar: Calendar = calendarFrom(() => new Date());

/** A calendar standing still at `at` (an ISO instant, or a `Date`); for tests and replays. */
export function fixedCalendar(at: string | Date): Calendar {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an instant: ${String(at)}`);
  return calendarFrom(() => new Date(instant));
}
