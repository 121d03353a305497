import { and, eq, inArray, max, or, type SQL } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { facilities, operators, operatorStatusHistory } from '../db/schema.ts';
import type { OperatorStatus } from './operator-status.ts';

export interface OperatorRecord {
  id: string;
  name: string;
  facilityId: string;
  status: OperatorStatus;
  statusSince: string;
}

export interface StatusChange {
  operatorId: string;
  from: OperatorStatus | null;
  to: OperatorStatus;
  effectiveOn: string;
  decidedBy: string | null;
  reason: string;
  rule: string;
}

const columns = {
  id: operators.id,
  name: operators.name,
  facilityId: operators.facilityId,
  status: operators.status,
  statusSince: operators.statusSince,
};

function toRecord(row: { id: string; name: string; facilityId: string; status: string; statusSince: string }): OperatorRecord {
  return { ...row, status: row.status as OperatorStatus };
}

export class OperatorRepository {
  constructor(private readonly db: Executor) {}

  async byIds(ids: readonly string[]): Promise<OperatorRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.select(columns).from(operators).where(inArray(operators.id, [...ids]));
    return rows.map(toRecord);
  }

  async certified(filter: { prefecture?: string | undefined; facilityId?: string | undefined }): Promise<OperatorRecord[]> {
    const conditions: SQL[] = [eq(operators.status, 'CERTIFIED')];
    if (filter.facilityId) conditions.push(eq(operators.facilityId, filter.facilityId));
    if (filter.prefecture) conditions.push(eq(facilities.prefecture, filter.prefecture));
    const rows = await this.db
      .select(columns)
      .from(operators)
      .innerJoin(facilities, eq(facilities.id, operators.facilityId))
      .where(and(...conditions))
      .orderBy(facilities.prefecture, facilities.name, operators.name);
    return rows.map(toRecord);
  }

  /** The day the public list last changed: the latest change into or out of CERTIFIED [R12]. */
  async publicListUpdatedOn(): Promise<string | null> {
    const [row] = await this.db
      .select({ on: max(operatorStatusHistory.effectiveOn) })
      .from(operatorStatusHistory)
      .where(or(eq(operatorStatusHistory.toStatus, 'CERTIFIED'), eq(operatorStatusHistory.fromStatus, 'CERTIFIED')));
    return row?.on ?? null;
  }

  async insert(tx: Executor, operator: OperatorRecord): Promise<void> {
    await tx.insert(operators).values(operator);
  }

  /** Changes the status and writes its history row; the caller holds the transaction. */
  async changeStatus(tx: Executor, change: StatusChange): Promise<void> {
    await tx
      .update(operators)
      .set({ status: change.to, statusSince: change.effectiveOn })
      .where(eq(operators.id, change.operatorId));
    await tx.insert(operatorStatusHistory).values({
      operatorId: change.operatorId,
      fromStatus: change.from,
      toStatus: change.to,
      effectiveOn: change.effectiveOn,
      decidedBy: change.decidedBy,
      reason: change.reason,
      rule: change.rule,
    });
  }
}
