import { and, asc, count, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@registry/db';
import { annualReportCases, annualReports, cases, coreLabResultChanges, coreLabResults } from '../db/schema.ts';
import type { CoreLabJudgement } from '../core-lab/read-fields.ts';

/** A domestic case of the year, with what adoption is decided on [R20][R27]. */
export type CandidateRecord = Pick<typeof cases.$inferSelect, 'registrationNumber' | 'operatorId' | 'status' | 'consentWithdrawnOn' | 'reportYear'>;

export type FrozenReportRecord = typeof annualReports.$inferSelect;
export type FrozenCaseRecord = typeof annualReportCases.$inferSelect;
export type ResultChangeRow = typeof coreLabResultChanges.$inferSelect;

export interface OfficialJudgementRecord {
  registrationNumber: string;
  judgement: CoreLabJudgement;
}

const timi = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
/** The stored judgement (jsonb) as the core lab wrote it [R26]; parsed where its row is mapped. */
const judgementSchema: z.ZodType<CoreLabJudgement> = z.object({
  ctoStatus: z.enum(['CTO_CONFIRMED', 'SUBTOTAL', 'NOT_ELIGIBLE']),
  bluntStump: z.boolean(),
  calcification: z.boolean(),
  bending: z.boolean(),
  occlusionLength20mm: z.boolean(),
  retryLesion: z.boolean(),
  timiBefore: timi,
  timiAfter: timi,
  residualStenosis: z.number(),
  sideBranchLoss: z.boolean(),
  technicalSuccess: z.boolean(),
  perforation: z.enum(['NONE', 'ELLIS_I', 'ELLIS_II', 'ELLIS_III', 'ELLIS_III_CAVITY_SPILLING']),
  noReflow: z.boolean(),
  dissection: z.boolean(),
});

const candidateColumns = {
  registrationNumber: cases.registrationNumber,
  operatorId: cases.operatorId,
  status: cases.status,
  consentWithdrawnOn: cases.consentWithdrawnOn,
  reportYear: cases.reportYear,
};

const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
const yearEnd = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

/** SQL of the annual report: the year's cases and results, and the frozen snapshots (insert only). */
export class AnnualReportRepository {
  constructor(private readonly db: Executor) {}

  /** The year's domestic cases by procedure date, in registration-number order; locked `for update` when presenting. */
  async candidates(year: number, lock: Executor | undefined = undefined): Promise<CandidateRecord[]> {
    const q = (lock ?? this.db)
      .select(candidateColumns)
      .from(cases)
      .where(and(eq(cases.domestic, true), gte(cases.procedureDate, yearStart(year)), lte(cases.procedureDate, yearEnd(year))))
      .orderBy(asc(cases.registrationNumber));
    return lock ? q.for('update') : q;
  }

  /** The core lab's final judgements of these cases [R26]; a result row exists only once final. */
  async judgements(numbers: readonly string[], db: Executor = this.db): Promise<OfficialJudgementRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await db.select({ registrationNumber: coreLabResults.registrationNumber, judgement: coreLabResults.judgement }).from(coreLabResults).where(inArray(coreLabResults.registrationNumber, [...numbers]));
    return rows.map((r) => ({ registrationNumber: r.registrationNumber, judgement: judgementSchema.parse(r.judgement) }));
  }

  /** Every ruling's change to these cases' official results [R28b], oldest first. */
  async changes(numbers: readonly string[], db: Executor = this.db): Promise<ResultChangeRow[]> {
    if (numbers.length === 0) return [];
    return db
      .select()
      .from(coreLabResultChanges)
      .where(inArray(coreLabResultChanges.registrationNumber, [...numbers]))
      .orderBy(asc(coreLabResultChanges.changedAt), asc(coreLabResultChanges.rulingId), asc(coreLabResultChanges.field));
  }

  /** Each operator's registered cases with a procedure before 1 January of `year` [R13][R14]. */
  async casesBefore(operatorIds: readonly string[], year: number, db: Executor = this.db): Promise<Map<string, number>> {
    if (operatorIds.length === 0) return new Map();
    const rows = await db
      .select({ operatorId: cases.operatorId, n: count() })
      .from(cases)
      .where(and(inArray(cases.operatorId, [...operatorIds]), lt(cases.procedureDate, yearStart(year))))
      .groupBy(cases.operatorId);
    return new Map(rows.map((r) => [r.operatorId, Number(r.n)]));
  }

  async frozen(year: number, db: Executor = this.db): Promise<FrozenReportRecord | undefined> {
    const [row] = await db.select().from(annualReports).where(eq(annualReports.year, year));
    return row;
  }

  async frozenCases(year: number): Promise<FrozenCaseRecord[]> {
    return this.db.select().from(annualReportCases).where(eq(annualReportCases.year, year)).orderBy(asc(annualReportCases.registrationNumber));
  }

  /** Writes a year's snapshot and its adopted cases; the only write these tables ever take (migration 0012). */
  async freeze(tx: Executor, report: FrozenReportRecord, adopted: readonly FrozenCaseRecord[]): Promise<void> {
    await tx.insert(annualReports).values(report);
    if (adopted.length > 0) await tx.insert(annualReportCases).values([...adopted]);
  }

  /** [R20] marks the adopted cases with their report year (the fees read it). */
  async markAdopted(tx: Executor, numbers: readonly string[], year: number): Promise<void> {
    if (numbers.length === 0) return;
    await tx.update(cases).set({ reportYear: year }).where(inArray(cases.registrationNumber, [...numbers]));
  }
}
