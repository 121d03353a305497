import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { steeringTerms } from '../db/schema.ts';

export interface SteeringTermRecord {
  id: string;
  accountId: string;
  startsOn: string;
  endsOn: string;
  resolution: string;
}

const columns = {
  id: steeringTerms.id,
  accountId: steeringTerms.accountId,
  startsOn: steeringTerms.startsOn,
  endsOn: steeringTerms.endsOn,
  resolution: steeringTerms.resolution,
};

export class SteeringRepository {
  constructor(private readonly db: Executor) {}

  /** Whether the account sits on the committee on `day` [R36]; `executor` inside a transaction. */
  async isSitting(executor: Executor | undefined, accountId: string, day: string): Promise<boolean> {
    const rows = await (executor ?? this.db)
      .select({ id: steeringTerms.id })
      .from(steeringTerms)
      .where(and(eq(steeringTerms.accountId, accountId), lte(steeringTerms.startsOn, day), gte(steeringTerms.endsOn, day)))
      .limit(1);
    return rows.length > 0;
  }

  async termsOf(tx: Executor, accountId: string): Promise<SteeringTermRecord[]> {
    return tx.select(columns).from(steeringTerms).where(eq(steeringTerms.accountId, accountId)).orderBy(asc(steeringTerms.startsOn));
  }

  /** Terms covering `day`, or every term when `day` is undefined. */
  async list(day: string | undefined): Promise<SteeringTermRecord[]> {
    const query = this.db.select(columns).from(steeringTerms);
    const filtered = day ? query.where(and(lte(steeringTerms.startsOn, day), gte(steeringTerms.endsOn, day))) : query;
    return filtered.orderBy(asc(steeringTerms.startsOn), asc(steeringTerms.accountId));
  }

  async insert(tx: Executor, t: Omit<SteeringTermRecord, 'id'> & { recordedBy: string | null }): Promise<SteeringTermRecord> {
    const [row] = await tx.insert(steeringTerms).values(t).returning(columns);
    return row!;
  }
}
