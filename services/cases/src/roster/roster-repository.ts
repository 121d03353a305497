import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { rosterFacilities, rosterOperators } from '../db/schema.ts';

export interface RosterOperator {
  operatorId: string;
  facilityId: string;
  status: string;
  registrationAllowed: boolean;
}

/** The operators subgraph's facilities and roster as this subgraph has heard them. */
export class RosterRepository {
  constructor(private readonly db: Executor) {}

  async recordFacility(tx: Executor, facilityId: string, seq: number): Promise<void> {
    await tx.insert(rosterFacilities).values({ facilityId, seq }).onConflictDoNothing({ target: rosterFacilities.facilityId });
  }

  /** The latest announcement wins; an older one replayed never overwrites it. */
  async recordOperator(tx: Executor, operator: RosterOperator, seq: number): Promise<void> {
    await tx
      .insert(rosterOperators)
      .values({ ...operator, seq })
      .onConflictDoUpdate({
        target: rosterOperators.operatorId,
        set: { facilityId: operator.facilityId, status: operator.status, registrationAllowed: operator.registrationAllowed, seq },
        setWhere: sql`${rosterOperators.seq} < ${seq}`,
      });
  }

  async facilityKnown(executor: Executor | undefined, facilityId: string): Promise<boolean> {
    const [row] = await (executor ?? this.db).select({ id: rosterFacilities.facilityId }).from(rosterFacilities).where(eq(rosterFacilities.facilityId, facilityId));
    return Boolean(row);
  }

  async operator(executor: Executor | undefined, operatorId: string): Promise<RosterOperator | undefined> {
    const [row] = await (executor ?? this.db)
      .select({ operatorId: rosterOperators.operatorId, facilityId: rosterOperators.facilityId, status: rosterOperators.status, registrationAllowed: rosterOperators.registrationAllowed })
      .from(rosterOperators)
      .where(eq(rosterOperators.operatorId, operatorId));
    return row;
  }
}
