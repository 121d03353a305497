import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { z } from 'zod';
import { adverseEvents, protocolDeviations } from '../db/schema.ts';

/** An adverse event as its table holds it, its seriousness criteria parsed from their jsonb column. */
export type AdverseEventRecord = Omit<typeof adverseEvents.$inferSelect, 'seriousnessCriteria'> & { seriousnessCriteria: string[] };

const toAdverseEvent = (row: typeof adverseEvents.$inferSelect): AdverseEventRecord => ({ ...row, seriousnessCriteria: z.array(z.string()).parse(row.seriousnessCriteria) });

export interface DeviationRecord {
  id: string;
  registrationNumber: string;
  occurredOn: string;
  description: string;
  reason: string;
  recordedBy: string;
  recordedAt: Date;
}

const deviationColumns = {
  id: protocolDeviations.id,
  registrationNumber: protocolDeviations.registrationNumber,
  occurredOn: protocolDeviations.occurredOn,
  description: protocolDeviations.description,
  reason: protocolDeviations.reason,
  recordedBy: protocolDeviations.recordedBy,
  recordedAt: protocolDeviations.recordedAt,
};

export class SafetyRepository {
  constructor(private readonly db: Executor) {}

  async adverseEventsOf(numbers: readonly string[]): Promise<AdverseEventRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db.select().from(adverseEvents).where(inArray(adverseEvents.registrationNumber, [...numbers])).orderBy(asc(adverseEvents.recordedAt));
    return rows.map(toAdverseEvent);
  }

  async adverseEventById(id: string): Promise<AdverseEventRecord | undefined> {
    const [row] = await this.db.select().from(adverseEvents).where(eq(adverseEvents.id, id));
    return row ? toAdverseEvent(row) : undefined;
  }

  async deviationsOf(numbers: readonly string[]): Promise<DeviationRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db.select(deviationColumns).from(protocolDeviations).where(inArray(protocolDeviations.registrationNumber, [...numbers])).orderBy(asc(protocolDeviations.occurredOn));
    return rows;
  }

  async insertAdverseEvent(tx: Executor, ae: AdverseEventRecord): Promise<void> {
    await tx.insert(adverseEvents).values(ae);
  }

  async insertDeviation(tx: Executor, d: DeviationRecord): Promise<void> {
    await tx.insert(protocolDeviations).values(d);
  }
}

