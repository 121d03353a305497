import { and, between, count as countRows, eq, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { caseCounts, countedRegistrations } from '../db/schema.ts';

export interface YearCount {
  operatorId: string;
  year: number;
  domestic: number;
  overseas: number;
}

export class CaseCountRepository {
  constructor(private readonly db: Executor) {}

  /** Counts a completed registration once; returns false when it was counted already. */
  async count(tx: Executor, c: { registrationNumber: string; operatorId: string; year: number; domestic: boolean; completedOn: string }): Promise<boolean> {
    const inserted = await tx
      .insert(countedRegistrations)
      .values({ registrationNumber: c.registrationNumber, operatorId: c.operatorId, year: c.year, completedOn: c.completedOn })
      .onConflictDoNothing()
      .returning({ n: countedRegistrations.registrationNumber });
    if (inserted.length === 0) return false;
    const column = c.domestic ? 'domestic' : 'overseas';
    await tx
      .insert(caseCounts)
      .values({ operatorId: c.operatorId, year: c.year, domestic: c.domestic ? 1 : 0, overseas: c.domestic ? 0 : 1 })
      .onConflictDoUpdate({
        target: [caseCounts.operatorId, caseCounts.year],
        set: { [column]: sql`${caseCounts[column]} + 1` },
      });
    return true;
  }

  async forOperatorYear(operatorId: string, year: number): Promise<YearCount> {
    const [row] = await this.db
      .select()
      .from(caseCounts)
      .where(and(eq(caseCounts.operatorId, operatorId), eq(caseCounts.year, year)));
    return row ?? { operatorId, year, domestic: 0, overseas: 0 };
  }

  /** Every operator's counts of one calendar year, read inside the caller's transaction [R14]. */
  async forYear(tx: Executor, year: number): Promise<Map<string, YearCount>> {
    const rows = await tx.select().from(caseCounts).where(eq(caseCounts.year, year));
    return new Map(rows.map((r) => [r.operatorId, r]));
  }

  /** Registrations of one operator completed between two days, both included [R11]. */
  async completedBetween(tx: Executor, operatorId: string, from: string, to: string): Promise<number> {
    const [row] = await tx
      .select({ n: countRows() })
      .from(countedRegistrations)
      .where(and(eq(countedRegistrations.operatorId, operatorId), between(countedRegistrations.completedOn, from, to)));
    return Number(row?.n ?? 0);
  }
}
