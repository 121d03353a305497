import { and, asc, eq, gt, max } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import { renewalResults, renewalRuns } from '../db/schema.ts';
import type { RenewalOutcome } from '../certification/certification-machine.ts';
import type { OperatorStatus } from '../operators/operator-status.ts';

export interface RenewalRunRecord {
  year: number;
  runOn: string;
}

export interface RenewalResultRecord {
  year: number;
  operatorId: string;
  domestic: number;
  overseas: number;
  statusBefore: OperatorStatus;
  outcome: RenewalOutcome;
  leanYears: number;
}

const resultColumns = {
  year: renewalResults.year,
  operatorId: renewalResults.operatorId,
  domestic: renewalResults.domestic,
  overseas: renewalResults.overseas,
  statusBefore: renewalResults.statusBefore,
  outcome: renewalResults.outcome,
  leanYears: renewalResults.leanYears,
};


export class RenewalRepository {
  constructor(private readonly db: Executor) {}

  async runOf(executor: Executor | undefined, year: number): Promise<RenewalRunRecord | undefined> {
    const [row] = await (executor ?? this.db).select({ year: renewalRuns.year, runOn: renewalRuns.runOn }).from(renewalRuns).where(eq(renewalRuns.year, year));
    return row;
  }

  async lastRunYear(tx: Executor): Promise<number | undefined> {
    const [row] = await tx.select({ year: max(renewalRuns.year) }).from(renewalRuns);
    return row?.year ?? undefined;
  }

  async insertRun(tx: Executor, run: RenewalRunRecord & { runBy: string }): Promise<void> {
    await tx.insert(renewalRuns).values(run);
  }

  async insertResult(tx: Executor, result: RenewalResultRecord): Promise<void> {
    await tx.insert(renewalResults).values(result);
  }

  /** One page of a year's results by operator ID, after the operator `page.after` (issue 15.1). */
  async resultsPage(year: number, page: PageRequest): Promise<RenewalResultRecord[]> {
    const rows = await this.db
      .select(resultColumns)
      .from(renewalResults)
      .where(and(eq(renewalResults.year, year), page.after === undefined ? undefined : gt(renewalResults.operatorId, page.after)))
      .orderBy(asc(renewalResults.operatorId))
      .limit(page.limit);
    return rows;
  }

  async results(executor: Executor | undefined, year: number): Promise<RenewalResultRecord[]> {
    const rows = await (executor ?? this.db).select(resultColumns).from(renewalResults).where(eq(renewalResults.year, year)).orderBy(asc(renewalResults.operatorId));
    return rows;
  }
}
