import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { annualReportCases, annualReports, cases, coreLabResults, formSections, riskModelCoefficients, riskModels } from '../db/schema.ts';
import { CrfSection } from '../form/crf-sections.ts';
import { RISK_MODEL_TERMS } from './risk-model.ts';

export type RiskModelRow = typeof riskModels.$inferSelect;
export type RiskCoefficientRow = typeof riskModelCoefficients.$inferSelect;

/** A fitted model with its coefficients in term order. */
export interface RiskModelRecord extends RiskModelRow {
  coefficients: RiskCoefficientRow[];
}

/** A case the model reads, before its official result and lesion are parsed. */
export interface RiskCaseRow {
  registrationNumber: string;
  operatorId: string;
  vessel: (typeof cases.$inferSelect)['vessel'];
  /** The LESION section as entered; null when it is missing. */
  lesion: unknown;
  /** For a frozen year's case, the ruling changes its result carried when the year froze (`rulingId:field`). */
  appliedChanges: string[] | null;
}

const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
const yearEnd = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

/** SQL of the risk-adjusted monitoring: the cases it reads and the models it keeps (insert only). */
export class RiskMonitoringRepository {
  constructor(private readonly db: Executor) {}

  /** Which of `years` have been presented (frozen) [R27]. */
  async frozenYears(years: readonly number[]): Promise<Set<number>> {
    if (years.length === 0) return new Set();
    const rows = await this.db.select({ year: annualReports.year }).from(annualReports).where(inArray(annualReports.year, [...years]));
    return new Set(rows.map((r) => r.year));
  }

  /** [R27] the cases the frozen `years` adopted, with what their results carried at the freeze. */
  async frozenCases(years: readonly number[]): Promise<RiskCaseRow[]> {
    return this.db
      .select({ registrationNumber: cases.registrationNumber, operatorId: cases.operatorId, vessel: cases.vessel, lesion: formSections.data, appliedChanges: annualReportCases.appliedChanges })
      .from(annualReportCases)
      .innerJoin(cases, eq(cases.registrationNumber, annualReportCases.registrationNumber))
      .leftJoin(formSections, and(eq(formSections.registrationNumber, cases.registrationNumber), eq(formSections.section, CrfSection.Lesion)))
      .where(inArray(annualReportCases.year, [...years]))
      .orderBy(asc(cases.registrationNumber));
  }

  /**
   * [R15][R20] the year's domestic cases that the report adopts or would adopt: complete,
   * consent not withdrawn, with an official result [R26]; by procedure date.
   */
  async casesOfYear(year: number): Promise<RiskCaseRow[]> {
    const rows = await this.db
      .select({ registrationNumber: cases.registrationNumber, operatorId: cases.operatorId, vessel: cases.vessel, lesion: formSections.data })
      .from(cases)
      .innerJoin(coreLabResults, eq(coreLabResults.registrationNumber, cases.registrationNumber))
      .leftJoin(formSections, and(eq(formSections.registrationNumber, cases.registrationNumber), eq(formSections.section, CrfSection.Lesion)))
      .where(and(eq(cases.domestic, true), eq(cases.status, 'COMPLETE'), isNull(cases.consentWithdrawnOn), gte(cases.procedureDate, yearStart(year)), lte(cases.procedureDate, yearEnd(year))))
      .orderBy(asc(cases.registrationNumber));
    return rows.map((r) => ({ ...r, appliedChanges: null }));
  }

  async saveModel(tx: Executor, model: RiskModelRow, coefficients: readonly RiskCoefficientRow[]): Promise<void> {
    await tx.insert(riskModels).values(model);
    await tx.insert(riskModelCoefficients).values([...coefficients]);
  }

  /** Every fitted model, the latest first. */
  async models(): Promise<RiskModelRecord[]> {
    const rows = await this.db.select().from(riskModels).orderBy(desc(riskModels.fittedAt), desc(riskModels.id));
    return this.withCoefficients(rows);
  }

  async model(id: string): Promise<RiskModelRecord | undefined> {
    const rows = await this.db.select().from(riskModels).where(eq(riskModels.id, id));
    return (await this.withCoefficients(rows))[0];
  }

  private async withCoefficients(rows: RiskModelRow[]): Promise<RiskModelRecord[]> {
    if (rows.length === 0) return [];
    const coefficients = await this.db.select().from(riskModelCoefficients).where(inArray(riskModelCoefficients.modelId, rows.map((r) => r.id)));
    const order = (t: RiskCoefficientRow['term']) => RISK_MODEL_TERMS.indexOf(t);
    return rows.map((r) => ({ ...r, coefficients: coefficients.filter((c) => c.modelId === r.id).sort((a, b) => order(a.term) - order(b.term)) }));
  }
}
