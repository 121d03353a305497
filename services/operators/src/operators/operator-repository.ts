import { and, asc, desc, eq, inArray, max, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import { facilities, operators, operatorStatusHistory } from '../db/schema.ts';
import { SessionRepository } from '../accounts/session-repository.ts';
import { OperatorStatus } from './operator-status.ts';

export interface OperatorRecord {
  id: string;
  name: string;
  facilityId: string;
  status: OperatorStatus;
  statusSince: string;
}

export interface StatusHistoryRecord {
  from: OperatorStatus | null;
  to: OperatorStatus;
  effectiveOn: string;
  decidedBy: string | null;
  reason: string;
  rule: string;
}

export interface StatusChange {
  operatorId: string;
  from: OperatorStatus | null;
  to: OperatorStatus;
  effectiveOn: string;
  decidedBy: string | null;
  reason: string;
  rule: string;
  /** The unit's instant: when the sessions of an operator made OB or revoked end [R10]. */
  at: Date;
}

const columns = {
  id: operators.id,
  name: operators.name,
  facilityId: operators.facilityId,
  status: operators.status,
  statusSince: operators.statusSince,
};


export class OperatorRepository {
  constructor(private readonly db: Executor) {}

  async byIds(ids: readonly string[]): Promise<OperatorRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.select(columns).from(operators).where(inArray(operators.id, [...ids]));
    return rows;
  }

  /** A page of the public list, by prefecture, facility and name (the operator ID breaks ties). */
  async certified(filter: { prefecture?: string | undefined; facilityId?: string | undefined }, page: PageRequest): Promise<OperatorRecord[]> {
    const conditions: SQL[] = [eq(operators.status, 'CERTIFIED')];
    if (filter.facilityId) conditions.push(eq(operators.facilityId, filter.facilityId));
    if (filter.prefecture) conditions.push(eq(facilities.prefecture, filter.prefecture));
    const order = sql`${facilities.prefecture}, ${facilities.name}, ${operators.name}, ${operators.id}`;
    if (page.after) {
      conditions.push(sql`(${order}) > (select ${order} from ${operators} inner join ${facilities} on ${facilities.id} = ${operators.facilityId} where ${operators.id} = ${page.after})`);
    }
    const rows = await this.db
      .select(columns)
      .from(operators)
      .innerJoin(facilities, eq(facilities.id, operators.facilityId))
      .where(and(...conditions))
      .orderBy(facilities.prefecture, facilities.name, operators.name, operators.id)
      .limit(page.limit);
    return rows;
  }

  /** The day the public list last changed: the latest change into or out of CERTIFIED [R12]. */
  async publicListUpdatedOn(): Promise<string | null> {
    const [row] = await this.db
      .select({ on: max(operatorStatusHistory.effectiveOn) })
      .from(operatorStatusHistory)
      .where(or(eq(operatorStatusHistory.toStatus, 'CERTIFIED'), eq(operatorStatusHistory.fromStatus, 'CERTIFIED')));
    return row?.on ?? null;
  }

  /** One operator read inside the caller's transaction and locked until it ends. */
  async lockById(tx: Executor, id: string): Promise<OperatorRecord | undefined> {
    const [row] = await tx.select(columns).from(operators).where(eq(operators.id, id)).for('update');
    return row;
  }

  async byIdsIn(tx: Executor, ids: readonly string[]): Promise<OperatorRecord[]> {
    if (ids.length === 0) return [];
    return (await tx.select(columns).from(operators).where(inArray(operators.id, [...ids])));
  }

  /** Operators in the given statuses, locked: renewal changes them in one transaction. */
  async lockByStatus(tx: Executor, statuses: readonly OperatorStatus[]): Promise<OperatorRecord[]> {
    const rows = await tx.select(columns).from(operators).where(inArray(operators.status, [...statuses])).orderBy(asc(operators.id)).for('update');
    return rows;
  }

  /** The next 術者ID, `OP` and four or more digits [R11]; the primary key refuses a race. */
  async nextId(tx: Executor): Promise<string> {
    const [row] = await tx
      .select({ n: sql<number>`coalesce(max(substring(${operators.id} from 3)::int), 0)` })
      .from(operators)
      .where(sql`${operators.id} ~ '^OP[0-9]+$'`);
    return `OP${String(Number(row?.n ?? 0) + 1).padStart(4, '0')}`;
  }

  /** Every status change of one operator, oldest first. */
  async history(operatorId: string): Promise<StatusHistoryRecord[]> {
    const rows = await this.db
      .select({
        from: operatorStatusHistory.fromStatus,
        to: operatorStatusHistory.toStatus,
        effectiveOn: operatorStatusHistory.effectiveOn,
        decidedBy: operatorStatusHistory.decidedBy,
        reason: operatorStatusHistory.reason,
        rule: operatorStatusHistory.rule,
      })
      .from(operatorStatusHistory)
      .where(eq(operatorStatusHistory.operatorId, operatorId))
      .orderBy(asc(operatorStatusHistory.effectiveOn), asc(operatorStatusHistory.recordedAt));
    return rows;
  }

  /** The day the operator last entered `status`, read inside the caller's transaction. */
  async enteredOn(tx: Executor, operatorId: string, status: OperatorStatus): Promise<string | undefined> {
    const [row] = await tx
      .select({ on: operatorStatusHistory.effectiveOn })
      .from(operatorStatusHistory)
      .where(and(eq(operatorStatusHistory.operatorId, operatorId), eq(operatorStatusHistory.toStatus, status)))
      .orderBy(desc(operatorStatusHistory.effectiveOn), desc(operatorStatusHistory.recordedAt))
      .limit(1);
    return row?.on;
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
      recordedAt: change.at,
    });
    // Every path that makes an operator OB or revokes them passes here: their browser
    // sessions end in the same transaction, so no refresh gives them a new token [R10].
    if (change.to === OperatorStatus.Ob || change.to === OperatorStatus.Revoked) {
      await sessions.endOperatorSessions(tx, change.operatorId, change.to, change.at);
    }
  }
}

const sessions = new SessionRepository();
