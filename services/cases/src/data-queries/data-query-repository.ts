import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { dataQueries } from '../db/schema.ts';

export type DataQueryStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

export interface DataQueryRecord {
  id: string;
  registrationNumber: string;
  facilityId: string;
  field: string;
  question: string;
  status: DataQueryStatus;
  answer: string | null;
  raisedBy: string;
  raisedAt: Date;
  answeredAt: Date | null;
  closedAt: Date | null;
}

const columns = {
  id: dataQueries.id,
  registrationNumber: dataQueries.registrationNumber,
  facilityId: dataQueries.facilityId,
  field: dataQueries.field,
  question: dataQueries.question,
  status: dataQueries.status,
  answer: dataQueries.answer,
  raisedBy: dataQueries.raisedBy,
  raisedAt: dataQueries.raisedAt,
  answeredAt: dataQueries.answeredAt,
  closedAt: dataQueries.closedAt,
};

export class DataQueryRepository {
  constructor(private readonly db: Executor) {}

  async byId(id: string, tx: Executor = this.db): Promise<DataQueryRecord | undefined> {
    const [row] = await tx.select(columns).from(dataQueries).where(eq(dataQueries.id, id));
    return row as DataQueryRecord | undefined;
  }

  async ofCases(numbers: readonly string[]): Promise<DataQueryRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db.select(columns).from(dataQueries).where(inArray(dataQueries.registrationNumber, [...numbers])).orderBy(asc(dataQueries.raisedAt));
    return rows as DataQueryRecord[];
  }

  /** Queries that still need someone: open (the site) or answered (the data center). */
  /** A page of a facility's unresolved queries, oldest first (the id breaks ties). */
  async unresolvedOfFacility(facilityId: string, page: PageRequest): Promise<DataQueryRecord[]> {
    const rows = await this.db
      .select(columns)
      .from(dataQueries)
      .where(
        and(
          eq(dataQueries.facilityId, facilityId),
          inArray(dataQueries.status, ['OPEN', 'ANSWERED']),
          page.after === undefined ? undefined : keysetAfter(dataQueries, [dataQueries.raisedAt], dataQueries.id, page.after, 'asc'),
        ),
      )
      .orderBy(asc(dataQueries.raisedAt), asc(dataQueries.id))
      .limit(page.limit);
    return rows as DataQueryRecord[];
  }

  async insert(tx: Executor, q: DataQueryRecord): Promise<void> {
    await tx.insert(dataQueries).values(q);
  }

  async update(tx: Executor, id: string, set: Partial<Pick<DataQueryRecord, 'status' | 'answer' | 'answeredAt' | 'closedAt'>>): Promise<DataQueryRecord> {
    await tx.update(dataQueries).set(set).where(eq(dataQueries.id, id));
    return (await this.byId(id, tx))!;
  }
}
