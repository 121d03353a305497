import { z } from 'zod';
import { isLocalDate, localDateOf } from '@registry/calendar';

/** The registry's date of an instant: the day in Japan, `YYYY-MM-DD` (never UTC's). */
export const isoDay = (at: Date) => localDateOf(at);

/** A real calendar date, `YYYY-MM-DD`. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD')
  .refine((s) => isLocalDate(s), 'Not a calendar date');

/** A calendar date that is not after `today` (a date in Japan). */
export const pastDate = (today: string) => calendarDate.refine((s) => s <= today, 'The date is in the future');
