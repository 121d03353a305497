import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { followUps } from '../db/schema.ts';

export type VitalStatus = 'ALIVE' | 'DEAD';

export interface ClinicalEvent {
  type: string;
  occurredOn: string;
  note?: string | null | undefined;
}

export interface FollowUpRecord {
  registrationNumber: string;
  year: number;
  contactedOn: string;
  vitalStatus: VitalStatus;
  events: ClinicalEvent[];
  enteredByOperatorId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

const columns = {
  registrationNumber: followUps.registrationNumber,
  year: followUps.year,
  contactedOn: followUps.contactedOn,
  vitalStatus: followUps.vitalStatus,
  events: followUps.events,
  enteredByOperatorId: followUps.enteredByOperatorId,
  recordedBy: followUps.recordedBy,
  recordedAt: followUps.recordedAt,
};

export class FollowUpRepository {
  constructor(private readonly db: Executor) {}

  async ofCases(numbers: readonly string[], tx: Executor = this.db): Promise<FollowUpRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await tx.select(columns).from(followUps).where(inArray(followUps.registrationNumber, [...numbers])).orderBy(asc(followUps.year));
    return rows as FollowUpRecord[];
  }

  async insert(tx: Executor, f: FollowUpRecord): Promise<void> {
    await tx.insert(followUps).values(f);
  }
}
