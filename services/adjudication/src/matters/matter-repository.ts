import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { matters, pointsAtIssue } from '../db/schema.ts';
import type { MatterStatus } from './matter-status.ts';

/** A matter as its table holds it: a column added to the table is a field of the record. */
export type MatterRecord = typeof matters.$inferSelect;
/** A point at issue as its table holds it. */
export type PointRecord = typeof pointsAtIssue.$inferSelect;

export class MatterRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, matter: MatterRecord): Promise<void> {
    await tx.insert(matters).values(matter);
  }

  async byIds(ids: readonly string[], ex: Executor = this.db): Promise<MatterRecord[]> {
    if (ids.length === 0) return [];
    return ex.select().from(matters).where(inArray(matters.id, [...ids]));
  }

  /** Reads a matter inside a transaction and locks it: state changes to one matter happen one at a time. */
  async lock(tx: Executor, id: string): Promise<MatterRecord | undefined> {
    const [row] = await tx.select().from(matters).where(eq(matters.id, id)).for('update');
    return row;
  }

  /** A page of matters, newest first (the id breaks ties, so the order is total). */
  async list(status: MatterStatus | undefined, page: PageRequest): Promise<MatterRecord[]> {
    const rows = await this.db
      .select()
      .from(matters)
      .where(and(status ? eq(matters.status, status) : undefined, page.after ? keysetAfter(matters, [matters.createdAt], matters.id, page.after, 'desc') : undefined))
      .orderBy(desc(matters.createdAt), desc(matters.id))
      .limit(page.limit);
    return rows;
  }

  async byCases(numbers: readonly string[]): Promise<MatterRecord[]> {
    if (numbers.length === 0) return [];
    return this.db.select().from(matters).where(inArray(matters.registrationNumber, [...numbers])).orderBy(asc(matters.createdAt));
  }

  async update(tx: Executor, id: string, change: Partial<Omit<MatterRecord, 'id'>>): Promise<void> {
    await tx.update(matters).set(change).where(eq(matters.id, id));
  }

  async insertPoints(tx: Executor, points: PointRecord[]): Promise<void> {
    if (points.length > 0) await tx.insert(pointsAtIssue).values(points);
  }

  async pointsOf(matterIds: readonly string[], ex: Executor = this.db): Promise<PointRecord[]> {
    if (matterIds.length === 0) return [];
    return ex.select().from(pointsAtIssue).where(inArray(pointsAtIssue.matterId, [...matterIds])).orderBy(asc(pointsAtIssue.number));
  }

  async pointsByIds(ids: readonly string[], ex: Executor = this.db): Promise<PointRecord[]> {
    if (ids.length === 0) return [];
    return ex.select().from(pointsAtIssue).where(inArray(pointsAtIssue.id, [...ids]));
  }

  async updatePoint(tx: Executor, id: string, change: Partial<Pick<PointRecord, 'currentRound' | 'decision' | 'decidedAt'>>): Promise<void> {
    await tx.update(pointsAtIssue).set(change).where(eq(pointsAtIssue.id, id));
  }
}
