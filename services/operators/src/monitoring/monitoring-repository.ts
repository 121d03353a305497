import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { monitoringThresholds, officialResults, warnings } from '../db/schema.ts';
import type { Figures, MonitoringMeasure, OfficialResult, Thresholds } from './monitoring-rules.ts';

export interface OfficialResultRecord extends OfficialResult {
  registrationNumber: string;
  operatorId: string;
  year: number;
}

export interface ThresholdsRecord extends Thresholds {
  setOn: string;
}

export interface WarningRecord {
  id: string;
  operatorId: string;
  year: number;
  measures: MonitoringMeasure[];
  figures: Figures;
  reason: string;
  issuedOn: string;
}

const resultColumns = {
  operatorId: officialResults.operatorId,
  technicalSuccess: officialResults.technicalSuccess,
  procedureSuccess: officialResults.procedureSuccess,
  complication: officialResults.complication,
  indicationAppropriate: officialResults.indicationAppropriate,
};

const thresholdColumns = {
  fromYear: monitoringThresholds.fromYear,
  minIndicationAppropriateRate: monitoringThresholds.minIndicationAppropriateRate,
  maxComplicationRate: monitoringThresholds.maxComplicationRate,
  minSuccessRate: monitoringThresholds.minSuccessRate,
  setOn: monitoringThresholds.setOn,
};

const warningColumns = {
  id: warnings.id,
  operatorId: warnings.operatorId,
  year: warnings.year,
  measures: warnings.measures,
  figures: warnings.figures,
  reason: warnings.reason,
  issuedOn: warnings.issuedOn,
};

const toWarning = (r: { measures: string[]; figures: unknown } & Omit<WarningRecord, 'measures' | 'figures'>): WarningRecord => ({
  ...r,
  measures: r.measures as MonitoringMeasure[],
  figures: r.figures as Figures,
});

export class MonitoringRepository {
  constructor(private readonly db: Executor) {}

  /** Records an official result; a later result for the same registration replaces it (a corrected read). */
  async record(tx: Executor, r: OfficialResultRecord): Promise<void> {
    const { registrationNumber: _, ...rest } = r;
    await tx.insert(officialResults).values(r).onConflictDoUpdate({ target: officialResults.registrationNumber, set: rest });
  }

  /** One year's official results, by operator. */
  async resultsOfYear(executor: Executor | undefined, year: number): Promise<Map<string, OfficialResult[]>> {
    const rows = await (executor ?? this.db).select(resultColumns).from(officialResults).where(eq(officialResults.year, year)).orderBy(asc(officialResults.operatorId));
    const byOperator = new Map<string, OfficialResult[]>();
    for (const { operatorId, ...result } of rows) byOperator.set(operatorId, [...(byOperator.get(operatorId) ?? []), result]);
    return byOperator;
  }

  async resultsOf(tx: Executor, operatorId: string, year: number): Promise<OfficialResult[]> {
    const rows = await tx.select(resultColumns).from(officialResults).where(and(eq(officialResults.operatorId, operatorId), eq(officialResults.year, year)));
    return rows.map(({ operatorId: _, ...result }) => result);
  }

  async thresholds(executor?: Executor): Promise<ThresholdsRecord[]> {
    return (executor ?? this.db).select(thresholdColumns).from(monitoringThresholds).orderBy(desc(monitoringThresholds.fromYear));
  }

  async saveThresholds(tx: Executor, t: ThresholdsRecord & { setBy: string }): Promise<ThresholdsRecord> {
    const { fromYear: _, ...rest } = t;
    const [row] = await tx.insert(monitoringThresholds).values(t).onConflictDoUpdate({ target: monitoringThresholds.fromYear, set: rest }).returning(thresholdColumns);
    return row!;
  }

  async insertWarning(tx: Executor, w: Omit<WarningRecord, 'id'> & { issuedBy: string }): Promise<WarningRecord> {
    const [row] = await tx.insert(warnings).values(w).returning(warningColumns);
    return toWarning(row!);
  }

  async warningOf(tx: Executor, operatorId: string, year: number): Promise<WarningRecord | undefined> {
    const [row] = await tx.select(warningColumns).from(warnings).where(and(eq(warnings.operatorId, operatorId), eq(warnings.year, year)));
    return row ? toWarning(row) : undefined;
  }

  async warningById(tx: Executor, id: string): Promise<WarningRecord | undefined> {
    const [row] = await tx.select(warningColumns).from(warnings).where(eq(warnings.id, id));
    return row ? toWarning(row) : undefined;
  }

  /** Warnings of one operator, or of one year when `operatorId` is undefined; newest first. */
  async warnings(filter: { operatorId?: string | undefined; year?: number | undefined }): Promise<WarningRecord[]> {
    const conditions = [...(filter.operatorId ? [eq(warnings.operatorId, filter.operatorId)] : []), ...(filter.year !== undefined ? [eq(warnings.year, filter.year)] : [])];
    const rows = await this.db.select(warningColumns).from(warnings).where(and(...conditions)).orderBy(desc(warnings.year), asc(warnings.operatorId));
    return rows.map(toWarning);
  }

  async latestWarningOf(tx: Executor, operatorId: string): Promise<WarningRecord | undefined> {
    const [row] = await tx.select(warningColumns).from(warnings).where(eq(warnings.operatorId, operatorId)).orderBy(desc(warnings.year)).limit(1);
    return row ? toWarning(row) : undefined;
  }
}
