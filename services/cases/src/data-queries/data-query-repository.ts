import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { dataQueries, type DATA_QUERY_STATUSES } from '../db/schema.ts';

export type DataQueryStatus = (typeof DATA_QUERY_STATUSES)[number];

/** A data query as its table holds it. */
export type DataQueryRecord = typeof dataQueries.$inferSelect;

export class DataQueryRepository {
  constructor(private readonly db: Executor) {}

  async byId(id: string, tx: Executor = this.db): Promise<DataQueryRecord | undefined> {
    const [row] = await tx.select().from(dataQueries).where(eq(dataQueries.id, id));
    return row;
  }

  async ofCases(numbers: readonly string[]): Promise<DataQueryRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await this.db.select().from(dataQueries).where(inArray(dataQueries.registrationNumber, [...numbers])).orderBy(asc(dataQueries.raisedAt));
    return rows;
  }

  /** Queries that still need someone: open (the site) or answered (the data center). */
  /** A page of a facility's unresolved queries, oldest first (the id breaks ties). */
  async unresolvedOfFacility(facilityId: string, page: PageRequest): Promise<DataQueryRecord[]> {
    const rows = await this.db
      .select()
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
    return rows;
  }

  async insert(tx: Executor, q: DataQueryRecord): Promise<void> {
    await tx.insert(dataQueries).values(q);
  }

  async update(tx: Executor, id: string, set: Partial<Pick<DataQueryRecord, 'status' | 'answer' | 'answeredAt' | 'closedAt'>>): Promise<DataQueryRecord> {
    await tx.update(dataQueries).set(set).where(eq(dataQueries.id, id));
    return (await this.byId(id, tx))!;
  }
}
