import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { certificationReviews } from '../db/schema.ts';
import type { ReviewStatus } from './certification-machine.ts';

export interface ReviewRecord {
  id: string;
  operatorId: string;
  requestedOn: string;
  completedRegistrations: number;
  windowFrom: string;
  windowTo: string;
  status: ReviewStatus;
  decidedOn: string | null;
  decidedBy: string | null;
  reason: string | null;
}

const columns = {
  id: certificationReviews.id,
  operatorId: certificationReviews.operatorId,
  requestedOn: certificationReviews.requestedOn,
  completedRegistrations: certificationReviews.completedRegistrations,
  windowFrom: certificationReviews.windowFrom,
  windowTo: certificationReviews.windowTo,
  status: certificationReviews.status,
  decidedOn: certificationReviews.decidedOn,
  decidedBy: certificationReviews.decidedBy,
  reason: certificationReviews.reason,
};



export class ReviewRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, r: Omit<ReviewRecord, 'id' | 'status' | 'decidedOn' | 'decidedBy' | 'reason'>): Promise<ReviewRecord> {
    const [row] = await tx.insert(certificationReviews).values({ ...r, status: 'PENDING' }).returning(columns);
    return row!;
  }

  async lockById(tx: Executor, id: string): Promise<ReviewRecord | undefined> {
    const [row] = await tx.select(columns).from(certificationReviews).where(eq(certificationReviews.id, id)).for('update');
    return row;
  }

  async hasPending(tx: Executor, operatorId: string): Promise<boolean> {
    const rows = await tx
      .select({ id: certificationReviews.id })
      .from(certificationReviews)
      .where(and(eq(certificationReviews.operatorId, operatorId), eq(certificationReviews.status, 'PENDING')));
    return rows.length > 0;
  }

  /** A page of reviews, oldest first (the id breaks ties). */
  async list(filter: { status?: ReviewStatus | undefined; operatorId?: string | undefined }, page: PageRequest): Promise<ReviewRecord[]> {
    const conditions = [
      ...(filter.status ? [eq(certificationReviews.status, filter.status)] : []),
      ...(filter.operatorId ? [eq(certificationReviews.operatorId, filter.operatorId)] : []),
      ...(page.after ? [keysetAfter(certificationReviews, [certificationReviews.requestedOn], certificationReviews.id, page.after, 'asc')] : []),
    ];
    const rows = await this.db
      .select(columns)
      .from(certificationReviews)
      .where(and(...conditions))
      .orderBy(asc(certificationReviews.requestedOn), asc(certificationReviews.id))
      .limit(page.limit);
    return rows;
  }

  async decide(tx: Executor, id: string, d: { status: ReviewStatus; decidedOn: string; decidedBy: string | null; reason: string }): Promise<ReviewRecord> {
    const [row] = await tx.update(certificationReviews).set(d).where(eq(certificationReviews.id, id)).returning(columns);
    return row!;
  }
}
