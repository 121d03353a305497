import { desc, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { criteriaVersions } from '../db/schema.ts';

export interface CriteriaVersionRecord {
  version: number;
  title: string;
  body: string;
  effectiveFrom: string;
  rulingId: string | null;
  publishedByAccountId: string;
  publishedAt: Date;
}

const columns = {
  version: criteriaVersions.version,
  title: criteriaVersions.title,
  body: criteriaVersions.body,
  effectiveFrom: criteriaVersions.effectiveFrom,
  rulingId: criteriaVersions.rulingId,
  publishedByAccountId: criteriaVersions.publishedByAccountId,
  publishedAt: criteriaVersions.publishedAt,
};

export class CriteriaRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Numbers the version inside the transaction. Publishing takes the table's EXCLUSIVE lock
   * (readers are not blocked), so two chairs' clicks get 1 and 2, never the same number.
   */
  async insertNext(tx: Executor, v: Omit<CriteriaVersionRecord, 'version' | 'publishedAt'>): Promise<CriteriaVersionRecord> {
    await tx.execute(sql`lock table ${criteriaVersions} in exclusive mode`);
    const [row] = await tx
      .insert(criteriaVersions)
      .values({ ...v, version: sql`(select coalesce(max(${criteriaVersions.version}), 0) + 1 from ${criteriaVersions})` })
      .returning(columns);
    return row!;
  }

  /** `limit` versions, newest first, older than version `before` when given. */
  list(limit: number, before: number | undefined): Promise<CriteriaVersionRecord[]> {
    return this.db
      .select(columns)
      .from(criteriaVersions)
      .where(before === undefined ? undefined : lt(criteriaVersions.version, before))
      .orderBy(desc(criteriaVersions.version))
      .limit(limit);
  }

  /** The latest version whose effective date has come by `day`. */
  async inEffect(day: string): Promise<CriteriaVersionRecord | undefined> {
    const [row] = await this.db
      .select(columns)
      .from(criteriaVersions)
      .where(lte(criteriaVersions.effectiveFrom, day))
      .orderBy(desc(criteriaVersions.effectiveFrom), desc(criteriaVersions.version))
      .limit(1);
    return row;
  }
}
