import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { matters, pointsAtIssue } from '../db/schema.ts';
import type { MatterKind, MatterStatus } from './matter-status.ts';

export interface MatterRecord {
  id: string;
  kind: MatterKind;
  registrationNumber: string | null;
  question: string;
  raisedByAccountId: string;
  raisedByOperatorId: string | null;
  status: MatterStatus;
  screeningReason: string | null;
  screenedByAccountId: string | null;
  screenedAt: Date | null;
  sessionDeclaredAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface PointRecord {
  id: string;
  matterId: string;
  number: number;
  text: string;
  currentRound: number;
  decision: 'ADOPTED' | 'REJECTED' | null;
  decidedAt: Date | null;
}

const matterColumns = {
  id: matters.id,
  kind: matters.kind,
  registrationNumber: matters.registrationNumber,
  question: matters.question,
  raisedByAccountId: matters.raisedByAccountId,
  raisedByOperatorId: matters.raisedByOperatorId,
  status: matters.status,
  screeningReason: matters.screeningReason,
  screenedByAccountId: matters.screenedByAccountId,
  screenedAt: matters.screenedAt,
  sessionDeclaredAt: matters.sessionDeclaredAt,
  decidedAt: matters.decidedAt,
  createdAt: matters.createdAt,
};
const pointColumns = {
  id: pointsAtIssue.id,
  matterId: pointsAtIssue.matterId,
  number: pointsAtIssue.number,
  text: pointsAtIssue.text,
  currentRound: pointsAtIssue.currentRound,
  decision: pointsAtIssue.decision,
  decidedAt: pointsAtIssue.decidedAt,
};

export class MatterRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, matter: MatterRecord): Promise<void> {
    await tx.insert(matters).values(matter);
  }

  async byIds(ids: readonly string[], ex: Executor = this.db): Promise<MatterRecord[]> {
    if (ids.length === 0) return [];
    return (await ex.select(matterColumns).from(matters).where(inArray(matters.id, [...ids]))) as MatterRecord[];
  }

  /** Reads a matter inside a transaction and locks it: state changes to one matter happen one at a time. */
  async lock(tx: Executor, id: string): Promise<MatterRecord | undefined> {
    const [row] = await tx.select(matterColumns).from(matters).where(eq(matters.id, id)).for('update');
    return row as MatterRecord | undefined;
  }

  /** A page of matters, newest first (the id breaks ties, so the order is total). */
  async list(status: MatterStatus | undefined, page: PageRequest): Promise<MatterRecord[]> {
    const rows = await this.db
      .select(matterColumns)
      .from(matters)
      .where(and(status ? eq(matters.status, status) : undefined, page.after ? keysetAfter(matters, [matters.createdAt], matters.id, page.after, 'desc') : undefined))
      .orderBy(desc(matters.createdAt), desc(matters.id))
      .limit(page.limit);
    return rows as MatterRecord[];
  }

  async byCases(numbers: readonly string[]): Promise<MatterRecord[]> {
    if (numbers.length === 0) return [];
    return (await this.db.select(matterColumns).from(matters).where(inArray(matters.registrationNumber, [...numbers])).orderBy(asc(matters.createdAt))) as MatterRecord[];
  }

  async update(tx: Executor, id: string, change: Partial<Omit<MatterRecord, 'id'>>): Promise<void> {
    await tx.update(matters).set(change).where(eq(matters.id, id));
  }

  async insertPoints(tx: Executor, points: PointRecord[]): Promise<void> {
    if (points.length > 0) await tx.insert(pointsAtIssue).values(points);
  }

  async pointsOf(matterIds: readonly string[], ex: Executor = this.db): Promise<PointRecord[]> {
    if (matterIds.length === 0) return [];
    return (await ex.select(pointColumns).from(pointsAtIssue).where(inArray(pointsAtIssue.matterId, [...matterIds])).orderBy(asc(pointsAtIssue.number))) as PointRecord[];
  }

  async pointsByIds(ids: readonly string[], ex: Executor = this.db): Promise<PointRecord[]> {
    if (ids.length === 0) return [];
    return (await ex.select(pointColumns).from(pointsAtIssue).where(inArray(pointsAtIssue.id, [...ids]))) as PointRecord[];
  }

  async updatePoint(tx: Executor, id: string, change: Partial<Pick<PointRecord, 'currentRound' | 'decision' | 'decidedAt'>>): Promise<void> {
    await tx.update(pointsAtIssue).set(change).where(eq(pointsAtIssue.id, id));
  }
}
