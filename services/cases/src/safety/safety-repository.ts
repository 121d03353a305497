import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { adverseEvents, protocolDeviations } from '../db/schema.ts';

export interface AdverseEventRecord {
  id: string;
  registrationNumber: string;
  name: string;
  onsetOn: string;
  outcomeOn: string | null;
  outcome: string;
  otherTreatment: string;
  serious: boolean;
  seriousnessCriteria: string[];
  severity: string;
  causality: string;
  recordedBy: string;
  recordedAt: Date;
}

export interface DeviationRecord {
  id: string;
  registrationNumber: string;
  occurredOn: string;
  description: string;
  reason: string;
  recordedBy: string;
  recordedAt: Date;
}

const aeColumns = {
  id: adverseEvents.id,
  registrationNumber: adverseEvents.registrationNumber,
  name: adverseEvents.name,
  onsetOn: adverseEvents.onsetOn,
  outcomeOn: adverseEvents.outcomeOn,
  outcome: adverseEvents.outcome,
  otherTreatment: adverseEvents.otherTreatment,
  serious: adverseEvents.serious,
  seriousnessCriteria: adverseEvents.seriousnessCriteria,
  severity: adverseEvents.severity,
  causality: adverseEvents.causality,
  recordedBy: adverseEvents.recordedBy,
  recordedAt: adverseEvents.recordedAt,
};

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
    const rows = await this.db.select(aeColumns).from(adverseEvents).where(inArray(adverseEvents.registrationNumber, [...numbers])).orderBy(asc(adverseEvents.recordedAt));
    return rows as AdverseEventRecord[];
  }

  async adverseEventById(id: string): Promise<AdverseEventRecord | undefined> {
    const [row] = await this.db.select(aeColumns).from(adverseEvents).where(eq(adverseEvents.id, id));
    return row as AdverseEventRecord | undefined;
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

