import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import { cases, coreLabResultChanges, coreLabResults, formSections, jctoCategoryScore, registrationCounters, type FORM_STATES, type REGISTRATION_STATUSES, type VESSELS } from '../db/schema.ts';
import type { EligibilityAnswers } from './eligibility.ts';

export type Vessel = (typeof VESSELS)[number];
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type FormState = (typeof FORM_STATES)[number];

/**
 * A case as the library shows it. Deliberately without the patient code, initials and
 * birth date: they are a `PatientIdentification`, which only the facility and the data
 * center receive [R30].
 */
export interface CaseRecord {
  registrationNumber: string;
  facilityId: string;
  operatorId: string;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
  status: RegistrationStatus;
  registeredAt: Date;
  completedAt: Date | null;
  consentObtainedOn: string | null;
  followUpConsented: boolean;
  imagePublicationConsented: boolean;
  formState: FormState;
  submittedAt: Date | null;
  lockedAt: Date | null;
  consentWithdrawnOn: string | null;
  consentWithdrawalReason: string | null;
  lostToFollowUpOn: string | null;
  lostToFollowUpReason: string | null;
  reportYear: number | null;
  /** Age in whole years on the procedure date, computed by the database from the birth date. */
  ageAtProcedure: number | null;
}

export interface PatientIdentificationRecord {
  code: string;
  initials: string;
  birthDate: string | null;
}

export interface NewCase {
  registrationNumber: string;
  facilityId: string;
  operatorId: string;
  patientCode: string;
  patientInitials: string;
  birthDate: string;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
  consentObtainedOn: string;
  followUpConsented: boolean;
  imagePublicationConsented: boolean;
  eligibility: EligibilityAnswers;
}

/** What a CaseRecord is read from: a row is the record as it stands, so a field of the record missing here does not compile. */
const columns = {
  registrationNumber: cases.registrationNumber,
  facilityId: cases.facilityId,
  operatorId: cases.operatorId,
  domestic: cases.domestic,
  procedureDate: cases.procedureDate,
  vessel: cases.vessel,
  status: cases.status,
  registeredAt: cases.registeredAt,
  completedAt: cases.completedAt,
  consentObtainedOn: cases.consentObtainedOn,
  followUpConsented: cases.followUpConsented,
  imagePublicationConsented: cases.imagePublicationConsented,
  formState: cases.formState,
  submittedAt: cases.submittedAt,
  lockedAt: cases.lockedAt,
  consentWithdrawnOn: cases.consentWithdrawnOn,
  consentWithdrawalReason: cases.consentWithdrawalReason,
  lostToFollowUpOn: cases.lostToFollowUpOn,
  lostToFollowUpReason: cases.lostToFollowUpReason,
  reportYear: cases.reportYear,
  ageAtProcedure: sql<number | null>`extract(year from age(${cases.procedureDate}, ${cases.birthDate}))::int`.as('age_at_procedure'),
};

export interface CaseFilter {
  facilityId?: string | undefined;
  operatorId?: string | undefined;
  status?: RegistrationStatus | undefined;
  domestic?: boolean | undefined;
  reportYear?: number | undefined;
}

function where(f: CaseFilter): SQL | undefined {
  return and(
    f.facilityId ? eq(cases.facilityId, f.facilityId) : undefined,
    f.operatorId ? eq(cases.operatorId, f.operatorId) : undefined,
    f.status ? eq(cases.status, f.status) : undefined,
    f.domestic === undefined ? undefined : eq(cases.domestic, f.domestic),
    f.reportYear === undefined ? undefined : eq(cases.reportYear, f.reportYear),
  );
}

/**
 * [T7.3] Whose withdrawn cases a library page still lists: all (the data center), or those
 * of the viewer's facility and own cases (the same people as canSeeCaseRecords).
 */
export type LibraryScope = 'ALL' | { facilityId: string | undefined; operatorId: string | undefined };

function inLibrary(scope: LibraryScope): SQL | undefined {
  if (scope === 'ALL') return undefined;
  return or(
    isNull(cases.consentWithdrawnOn),
    scope.facilityId ? eq(cases.facilityId, scope.facilityId) : undefined,
    scope.operatorId ? eq(cases.operatorId, scope.operatorId) : undefined,
  );
}

/** The checked filter: every field present must match (library-filter.ts checks it). */
export interface LibraryFilter {
  year?: number;
  vessels?: Vessel[];
  segment?: number;
  /** J-CTO scores, 0 to 3, where 3 stands for "3 or more" (VERY_DIFFICULT). */
  jctoScores?: number[];
  technicalSuccess?: boolean;
}

/**
 * [R15][R28a] Whose official results a viewer may read, so a library filter on the outcome
 * matches only those: all (the registry's staff), or the viewer's own and facility's cases
 * (canSeeOfficialResult), or none.
 */
export type OfficialResultScope = 'ALL' | { facilityId: string | undefined; operatorId: string | undefined };

/** [R27][R28b] the official technical success: the latest ruling's change, else the core lab's result. */
const officialTechnicalSuccess = sql`coalesce(
  (select (${coreLabResultChanges.toValue} #>> '{}')::boolean from ${coreLabResultChanges}
    where ${coreLabResultChanges.registrationNumber} = ${coreLabResults.registrationNumber} and ${coreLabResultChanges.field} = 'technicalSuccess'
    order by ${coreLabResultChanges.changedAt} desc limit 1),
  (${coreLabResults.judgement} ->> 'technicalSuccess')::boolean)`;

function officialResultVisible(scope: OfficialResultScope): SQL {
  if (scope === 'ALL') return sql`true`;
  return or(
    scope.facilityId ? eq(cases.facilityId, scope.facilityId) : undefined,
    scope.operatorId ? eq(cases.operatorId, scope.operatorId) : undefined,
  ) ?? sql`false`;
}

/** The library's search (docs/web.md): every given field must match, in SQL. */
function matching(f: LibraryFilter, results: OfficialResultScope): SQL | undefined {
  const lesion =
    f.segment === undefined && f.jctoScores === undefined
      ? undefined
      : sql`exists (select 1 from ${formSections} where ${formSections.registrationNumber} = ${cases.registrationNumber} and section = 'LESION'${
          f.segment === undefined ? sql`` : sql` and (${formSections.data} ->> 'segment')::int = ${f.segment}`
        }${f.jctoScores === undefined ? sql`` : sql` and ${jctoCategoryScore(formSections.data)} in (${sql.join(f.jctoScores.map((n) => sql`${n}`), sql`, `)})`})`;
  const outcome =
    f.technicalSuccess === undefined
      ? undefined
      : and(
          officialResultVisible(results),
          sql`exists (select 1 from ${coreLabResults} where ${coreLabResults.registrationNumber} = ${cases.registrationNumber} and ${officialTechnicalSuccess} = ${f.technicalSuccess})`,
        );
  return and(
    f.year === undefined ? undefined : and(gte(cases.procedureDate, `${f.year}-01-01`), lt(cases.procedureDate, `${f.year + 1}-01-01`)),
    f.vessels === undefined ? undefined : inArray(cases.vessel, f.vessels),
    lesion,
    outcome,
  );
}

export interface LibraryQuery {
  scope: LibraryScope;
  filter: LibraryFilter;
  results: OfficialResultScope;
}

export class CaseRepository {
  constructor(private readonly db: Executor) {}

  async byNumbers(numbers: readonly string[]): Promise<CaseRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db.select(columns).from(cases).where(inArray(cases.registrationNumber, [...numbers]));
    return rows;
  }

  /** A page of the library, newest number first, after the given number (keyset). */
  async page(first: number, afterNumber: string | undefined, q: LibraryQuery): Promise<CaseRecord[]> {
    const rows = await this.db
      .select(columns)
      .from(cases)
      .where(and(afterNumber ? lt(cases.registrationNumber, afterNumber) : undefined, inLibrary(q.scope), matching(q.filter, q.results)))
      .orderBy(desc(cases.registrationNumber))
      .limit(first);
    return rows;
  }

  /** Cases matching a filter, oldest number first (reminders, follow-up lists, fee statements). */
  /** Cases by registration number; with `page`, only that page (after the case numbered `page.after`). */
  async list(filter: CaseFilter, page?: PageRequest): Promise<CaseRecord[]> {
    const query = this.db
      .select(columns)
      .from(cases)
      .where(and(where(filter), page?.after === undefined ? undefined : gt(cases.registrationNumber, page.after)))
      .orderBy(asc(cases.registrationNumber));
    const rows = page ? await query.limit(page.limit) : await query;
    return rows;
  }

  async allNumbers(): Promise<string[]> {
    const rows = await this.db.select({ n: cases.registrationNumber }).from(cases).orderBy(cases.registrationNumber);
    return rows.map((r) => r.n);
  }

  async total(q: LibraryQuery): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(cases).where(and(inLibrary(q.scope), matching(q.filter, q.results)));
    return row?.n ?? 0;
  }

  /** [R13][R14] an operator's completed registrations in [start, end), domestic and overseas. */
  async completedCounts(operatorId: string, start: Date, end: Date): Promise<{ domestic: number; overseas: number }> {
    const rows = await this.db
      .select({ domestic: cases.domestic, n: count() })
      .from(cases)
      .where(and(eq(cases.operatorId, operatorId), eq(cases.status, 'COMPLETE'), gte(cases.completedAt, start), lt(cases.completedAt, end)))
      .groupBy(cases.domestic);
    return { domestic: rows.find((r) => r.domestic)?.n ?? 0, overseas: rows.find((r) => !r.domestic)?.n ?? 0 };
  }

  /** [R30] the identifying part, for the facility and the data center only (the service decides). */
  async identificationOf(registrationNumber: string): Promise<PatientIdentificationRecord | undefined> {
    const [row] = await this.db
      .select({ code: cases.patientCode, initials: cases.patientInitials, birthDate: cases.birthDate })
      .from(cases)
      .where(eq(cases.registrationNumber, registrationNumber));
    return row;
  }

  /** Locks the case row for the transaction: changes to one case (and its audit chain) are serialized. */
  async lock(tx: Executor, registrationNumber: string): Promise<CaseRecord | undefined> {
    const [row] = await tx.select(columns).from(cases).where(eq(cases.registrationNumber, registrationNumber)).for('update');
    return row;
  }

  /** The next number of the year; the counter row's lock keeps numbers gapless. */
  async nextSequence(tx: Executor, year: number): Promise<number> {
    const [row] = await tx
      .insert(registrationCounters)
      .values({ year, last: 1 })
      .onConflictDoUpdate({ target: registrationCounters.year, set: { last: sql`${registrationCounters.last} + 1` } })
      .returning({ last: registrationCounters.last });
    return row!.last;
  }

  async insert(tx: Executor, c: NewCase, at: Date): Promise<CaseRecord> {
    await tx.insert(cases).values({ ...c, status: 'REGISTERED', registeredAt: at });
    return (await this.lock(tx, c.registrationNumber))!;
  }

  async markComplete(tx: Executor, registrationNumber: string, at: Date): Promise<boolean> {
    const rows = await tx
      .update(cases)
      .set({ status: 'COMPLETE', completedAt: at })
      .where(and(eq(cases.registrationNumber, registrationNumber), eq(cases.status, 'REGISTERED')))
      .returning({ n: cases.registrationNumber });
    return rows.length > 0;
  }

  async update(
    tx: Executor,
    registrationNumber: string,
    set: Partial<Pick<typeof cases.$inferInsert, 'formState' | 'submittedAt' | 'lockedAt' | 'consentWithdrawnOn' | 'consentWithdrawalReason' | 'lostToFollowUpOn' | 'lostToFollowUpReason' | 'reportYear'>>,
  ): Promise<void> {
    await tx.update(cases).set(set).where(eq(cases.registrationNumber, registrationNumber));
  }
}
