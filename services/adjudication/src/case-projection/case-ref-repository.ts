import { eq, inArray } from 'drizzle-orm';
import { officialResultRecord, type OfficialResult } from '@registry/contracts';
import type { Database, Executor } from '@registry/db';
import { caseRefs, officialResults } from '../db/schema.ts';

export interface CaseRef {
  registrationNumber: string;
  operatorId: string;
  /** The official core-lab result, once the cases subgraph has announced one [R27]. */
  officialResult: OfficialResult | undefined;
}

export class CaseRefRepository {
  constructor(private readonly db: Database) {}

  /** Records a case and its operator; a second call for the same case does nothing. */
  async record(tx: Executor, ref: { registrationNumber: string; operatorId: string; registeredOn: string }): Promise<void> {
    await tx.insert(caseRefs).values(ref).onConflictDoNothing();
  }

  /** The latest official result of a case replaces the earlier one (after a ruling, say); recorded when the event was published. */
  async recordOfficialResult(tx: Executor, registrationNumber: string, year: number, result: OfficialResult, recordedAt: Date): Promise<void> {
    await tx
      .insert(officialResults)
      .values({ registrationNumber, year, result, recordedAt })
      .onConflictDoUpdate({ target: officialResults.registrationNumber, set: { year, result, recordedAt } });
  }

  async byNumbers(numbers: readonly string[], ex: Executor = this.db): Promise<CaseRef[]> {
    if (numbers.length === 0) return [];
    const rows = await ex
      .select({ registrationNumber: caseRefs.registrationNumber, operatorId: caseRefs.operatorId, result: officialResults.result })
      .from(caseRefs)
      .leftJoin(officialResults, eq(officialResults.registrationNumber, caseRefs.registrationNumber))
      .where(inArray(caseRefs.registrationNumber, [...numbers]));
    return rows.map((r) => ({ registrationNumber: r.registrationNumber, operatorId: r.operatorId, officialResult: r.result === null ? undefined : officialResultRecord.parse(r.result) }));
  }

  async byNumber(registrationNumber: string, ex: Executor = this.db): Promise<CaseRef | undefined> {
    return (await this.byNumbers([registrationNumber], ex))[0];
  }
}
