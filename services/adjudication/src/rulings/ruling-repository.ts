import { desc, inArray } from 'drizzle-orm';
import { resultChange, type OfficialResultField } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { rulings } from '../db/schema.ts';

export interface ResultChange {
  field: OfficialResultField;
  from: boolean | null;
  to: boolean;
}

/** A ruling as its table holds it, its changes to the official result parsed from their jsonb column. */
export type RulingRecord = Omit<typeof rulings.$inferSelect, 'resultChanges'> & { resultChanges: ResultChange[] };

const toRuling = (row: typeof rulings.$inferSelect): RulingRecord => ({ ...row, resultChanges: resultChange.array().parse(row.resultChanges) });

export class RulingRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, ruling: RulingRecord): Promise<void> {
    await tx.insert(rulings).values(ruling);
  }

  /** A page of rulings, newest first (the id breaks ties). */
  async list(page: PageRequest): Promise<RulingRecord[]> {
    const rows = await this.db
      .select()
      .from(rulings)
      .where(page.after ? keysetAfter(rulings, [rulings.publishedAt], rulings.id, page.after, 'desc') : undefined)
      .orderBy(desc(rulings.publishedAt), desc(rulings.id))
      .limit(page.limit);
    return rows.map(toRuling);
  }

  async byIds(ids: readonly string[], ex: Executor = this.db): Promise<RulingRecord[]> {
    if (ids.length === 0) return [];
    return (await ex.select().from(rulings).where(inArray(rulings.id, [...ids]))).map(toRuling);
  }

  async byMatters(matterIds: readonly string[]): Promise<RulingRecord[]> {
    if (matterIds.length === 0) return [];
    return (await this.db.select().from(rulings).where(inArray(rulings.matterId, [...matterIds]))).map(toRuling);
  }
}
