import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { votes, votingRounds } from '../db/schema.ts';
import type { RoundOutcome } from './tally.ts';

/** A round of opinions on a point as its table holds it [R48]. */
export type RoundRecord = typeof votingRounds.$inferSelect;

/** One member's opinion as its table holds it [R48]. */
export type VoteRecord = typeof votes.$inferSelect;

export class VoteRepository {
  constructor(private readonly db: Executor) {}

  async openRound(tx: Executor, pointId: string, round: 1 | 2, openedByAccountId: string): Promise<void> {
    await tx.insert(votingRounds).values({ pointId, round, openedByAccountId });
  }

  async closeRound(tx: Executor, pointId: string, round: 1 | 2, outcome: RoundOutcome, eligible: number, at: Date): Promise<void> {
    await tx
      .update(votingRounds)
      .set({ closedAt: at, outcome, eligible })
      .where(and(eq(votingRounds.pointId, pointId), eq(votingRounds.round, round)));
  }

  async roundsOf(pointIds: readonly string[], ex: Executor = this.db): Promise<RoundRecord[]> {
    if (pointIds.length === 0) return [];
    return ex.select().from(votingRounds).where(inArray(votingRounds.pointId, [...pointIds])).orderBy(asc(votingRounds.round));
  }

  /**
   * Records an opinion; false when the member already gave one on this point in this
   * round. The unique constraint decides, so two concurrent requests cannot both win [R48].
   */
  async insert(tx: Executor, vote: VoteRecord): Promise<boolean> {
    const inserted = await tx.insert(votes).values(vote).onConflictDoNothing().returning({ id: votes.id });
    return inserted.length > 0;
  }

  async votesOf(pointIds: readonly string[], ex: Executor = this.db): Promise<VoteRecord[]> {
    if (pointIds.length === 0) return [];
    return ex.select().from(votes).where(inArray(votes.pointId, [...pointIds])).orderBy(asc(votes.castAt), asc(votes.id));
  }
}
