import { desc, inArray } from 'drizzle-orm';
import type { OfficialResultField } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { keysetAfter, type PageRequest } from '@registry/subgraph-server';
import { rulings } from '../db/schema.ts';

export interface ResultChange {
  field: OfficialResultField;
  from: boolean | null;
  to: boolean;
}

export interface RulingRecord {
  id: string;
  matterId: string;
  decision: string;
  reasoning: string;
  answer: string;
  resultChanges: ResultChange[];
  publishedAt: Date;
}

const columns = {
  id: rulings.id,
  matterId: rulings.matterId,
  decision: rulings.decision,
  reasoning: rulings.reasoning,
  answer: rulings.answer,
  resultChanges: rulings.resultChanges,
  publishedAt: rulings.publishedAt,
};

export class RulingRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, ruling: RulingRecord): Promise<void> {
    await tx.insert(rulings).values(ruling);
  }

  /** A page of rulings, newest first (the id breaks ties). */
  async list(page: PageRequest): Promise<RulingRecord[]> {
    return (await this.db
      .select(columns)
      .from(rulings)
      .where(page.after ? keysetAfter(rulings, [rulings.publishedAt], rulings.id, page.after, 'desc') : undefined)
      .orderBy(desc(rulings.publishedAt), desc(rulings.id))
      .limit(page.limit)) as RulingRecord[];
  }

  async byIds(ids: readonly string[], ex: Executor = this.db): Promise<RulingRecord[]> {
    if (ids.length === 0) return [];
    return (await ex.select(columns).from(rulings).where(inArray(rulings.id, [...ids]))) as RulingRecord[];
  }

  async byMatters(matterIds: readonly string[]): Promise<RulingRecord[]> {
    if (matterIds.length === 0) return [];
    return (await this.db.select(columns).from(rulings).where(inArray(rulings.matterId, [...matterIds]))) as RulingRecord[];
  }
}
