import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { facilities } from '../db/schema.ts';

export interface FacilityRecord {
  id: string;
  name: string;
  prefecture: string;
  location: string;
}

const columns = { id: facilities.id, name: facilities.name, prefecture: facilities.prefecture, location: facilities.location };

export class FacilityRepository {
  constructor(private readonly db: Executor) {}

  /** One statement for any number of ids (a DataLoader batch). */
  async byIds(ids: readonly string[]): Promise<FacilityRecord[]> {
    if (ids.length === 0) return [];
    return this.db.select(columns).from(facilities).where(inArray(facilities.id, [...ids]));
  }

  async byIdsIn(tx: Executor, ids: readonly string[]): Promise<FacilityRecord[]> {
    if (ids.length === 0) return [];
    return tx.select(columns).from(facilities).where(inArray(facilities.id, [...ids]));
  }

  /** Every facility id, oldest first: the bootstrap and the seed announce what exists. */
  async allIds(tx: Executor): Promise<string[]> {
    return (await tx.select({ id: facilities.id }).from(facilities).orderBy(facilities.id)).map((r) => r.id);
  }

  /** Inserts a new facility; false when the id is taken (the primary key decides, not a read before). */
  async insert(tx: Executor, facility: FacilityRecord): Promise<boolean> {
    const rows = await tx.insert(facilities).values(facility).onConflictDoNothing({ target: facilities.id }).returning({ id: facilities.id });
    return rows.length === 1;
  }

  /** The next 施設ID, `F` and three or more digits; the primary key refuses a race. */
  async nextId(tx: Executor): Promise<string> {
    const [row] = await tx
      .select({ n: sql<number>`coalesce(max(substring(${facilities.id} from 2)::int), 0)` })
      .from(facilities)
      .where(sql`${facilities.id} ~ '^F[0-9]+$'`);
    return `F${String(Number(row?.n ?? 0) + 1).padStart(3, '0')}`;
  }
}
