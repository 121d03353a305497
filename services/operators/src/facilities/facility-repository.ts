import { inArray } from 'drizzle-orm';
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

  async upsert(tx: Executor, facility: FacilityRecord): Promise<void> {
    await tx
      .insert(facilities)
      .values(facility)
      .onConflictDoUpdate({ target: facilities.id, set: { name: facility.name, prefecture: facility.prefecture, location: facility.location } });
  }
}
