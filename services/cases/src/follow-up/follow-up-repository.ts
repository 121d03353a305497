import { and, asc, eq, gt, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { addDays, type LocalDate } from '@registry/calendar';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { z } from 'zod';
import { cases, followUps, type VITAL_STATUSES } from '../db/schema.ts';
import { FOLLOW_UP_YEARS, WINDOW_OPENS_DAYS_BEFORE } from './follow-up-schedule.ts';

export type VitalStatus = (typeof VITAL_STATUSES)[number];

const clinicalEvent = z.looseObject({ type: z.string(), occurredOn: z.string(), note: z.string().nullish() });
export type ClinicalEvent = z.infer<typeof clinicalEvent>;

/** A follow-up as its table holds it, its clinical events parsed from their jsonb column. */
export type FollowUpRecord = Omit<typeof followUps.$inferSelect, 'events'> & { events: ClinicalEvent[] };

const toFollowUp = (row: typeof followUps.$inferSelect): FollowUpRecord => ({ ...row, events: clinicalEvent.array().parse(row.events) });

export interface OwedFollowUp {
  registrationNumber: string;
  year: number;
}

export interface OwedFilter {
  facilityId: string | undefined;
}

/**
 * [R19] The follow-up year a case owes on `day`, computed by the database: the number of
 * anniversaries (1 to 6) whose window has opened, i.e. `procedure + k years <= day + 60`.
 * Postgres clamps 29 February like `addYears`, so this agrees with follow-up-schedule.ts.
 * Between 1 and 5 the year's window is open and its contact still recordable (until the
 * next year's window opens); 0 is before the first window, 6 after the last contact day.
 */
function owedYear(day: LocalDate): SQL<number> {
  const opensBy = sql`(${day}::date + ${WINDOW_OPENS_DAYS_BEFORE}::int)`;
  const years = [...FOLLOW_UP_YEARS, FOLLOW_UP_YEARS.length + 1].map(
    (k) => sql`(case when (${cases.procedureDate} + make_interval(years => ${k}::int))::date <= ${opensBy} then 1 else 0 end)`,
  );
  return sql<number>`(${sql.join(years, sql` + `)})`;
}

function owedDueOn(day: LocalDate): SQL<string> {
  return sql<string>`(${cases.procedureDate} + make_interval(years => ${owedYear(day)}))::date`;
}

export class FollowUpRepository {
  constructor(private readonly db: Executor) {}

  async ofCases(numbers: readonly string[], tx: Executor = this.db): Promise<FollowUpRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await tx.select().from(followUps).where(inArray(followUps.registrationNumber, [...numbers])).orderBy(asc(followUps.year));
    return rows.map(toFollowUp);
  }

  /**
   * One page of the follow-ups owed on `day` [R19], by due date then registration number,
   * after the case numbered `page.after`: each case owes at most one year on a day (the
   * windows of its years, opening to the day before the next opens, do not overlap). Read
   * only among cases whose procedure date can owe one (within six years before), domestic
   * with follow-up consent, not withdrawn nor lost, the year not recorded, no death
   * recorded in an earlier year.
   */
  async owed(day: LocalDate, filter: OwedFilter, page: PageRequest): Promise<OwedFollowUp[]> {
    const year = owedYear(day);
    const dueOn = owedDueOn(day);
    const opensBy = addDays(day, WINDOW_OPENS_DAYS_BEFORE);
    const settled = this.db
      .select({ one: sql`1` })
      .from(followUps)
      .where(
        and(
          eq(followUps.registrationNumber, cases.registrationNumber),
          sql`(${followUps.year} = ${year} or (${followUps.vitalStatus} = 'DEAD' and ${followUps.year} < ${year}))`,
        ),
      );
    const rows = await this.db
      .select({ registrationNumber: cases.registrationNumber, year: sql<number>`${year}::int` })
      .from(cases)
      .where(
        and(
          filter.facilityId === undefined ? undefined : eq(cases.facilityId, filter.facilityId),
          eq(cases.domestic, true),
          eq(cases.followUpConsented, true),
          isNull(cases.consentWithdrawnOn),
          isNull(cases.lostToFollowUpOn),
          // A year is 365 or 366 days: a first window opened means a procedure at least 365
          // days before `day + 60`; a sixth not yet, at most 6 × 366 days before (the index).
          lte(cases.procedureDate, addDays(opensBy, -365)),
          gt(cases.procedureDate, addDays(opensBy, -6 * 366)),
          sql`${year} between 1 and ${FOLLOW_UP_YEARS.length}`,
          sql`not exists (${settled})`,
          page.after === undefined ? undefined : keysetAfter(cases, [dueOn], cases.registrationNumber, page.after, 'asc'),
        ),
      )
      .orderBy(asc(dueOn), asc(cases.registrationNumber))
      .limit(page.limit);
    return rows.map((r) => ({ registrationNumber: r.registrationNumber, year: Number(r.year) }));
  }

  async insert(tx: Executor, f: FollowUpRecord): Promise<void> {
    await tx.insert(followUps).values(f);
  }
}
