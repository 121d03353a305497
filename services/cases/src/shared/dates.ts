import { z } from 'zod';

/** Today in UTC, `YYYY-MM-DD`: the registry's dates are calendar dates. */
export const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** A real calendar date, `YYYY-MM-DD`. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a calendar date');

/** A calendar date that is not after `today`. */
export const pastDate = (today: string) => calendarDate.refine((s) => s <= today, 'The date is in the future');
