import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { committeeMatters, committeeSeats } from '../db/schema.ts';

export interface CommitteeSeatRecord {
  accountId: string;
  seat: string;
  since: string;
}

export interface CommitteeMatterRecord {
  matterId: string;
  registrationNumber: string;
  status: string;
}

/** The committee's seats and matters, as the adjudication subgraph announces them. */
export class CommitteeProjectionRepository {
  constructor(private readonly db: Executor) {}

  async seat(tx: Executor, s: CommitteeSeatRecord): Promise<void> {
    await tx.insert(committeeSeats).values(s).onConflictDoUpdate({ target: committeeSeats.accountId, set: { seat: s.seat, since: s.since } });
  }

  async endSeat(tx: Executor, accountId: string): Promise<void> {
    await tx.delete(committeeSeats).where(eq(committeeSeats.accountId, accountId));
  }

  /** A matter's latest status replaces the earlier one; events arrive in commit order. */
  async matter(tx: Executor, m: CommitteeMatterRecord): Promise<void> {
    await tx.insert(committeeMatters).values(m).onConflictDoUpdate({ target: committeeMatters.matterId, set: { status: m.status, registrationNumber: m.registrationNumber } });
  }

  async seatsOf(accountIds: readonly string[], ex: Executor = this.db): Promise<CommitteeSeatRecord[]> {
    if (accountIds.length === 0) return [];
    return ex.select().from(committeeSeats).where(inArray(committeeSeats.accountId, [...accountIds]));
  }

  async mattersOf(numbers: readonly string[], ex: Executor = this.db): Promise<CommitteeMatterRecord[]> {
    if (numbers.length === 0) return [];
    return ex.select().from(committeeMatters).where(inArray(committeeMatters.registrationNumber, [...numbers]));
  }
}
