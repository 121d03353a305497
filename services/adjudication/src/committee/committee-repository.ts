import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { committeeMembers, type COMMITTEE_SEATS } from '../db/schema.ts';

export type CommitteeSeat = (typeof COMMITTEE_SEATS)[number];

/** A member as the table holds them, the operator ID absent rather than null. */
export type CommitteeMemberRecord = Omit<typeof committeeMembers.$inferSelect, 'operatorId'> & {
  /** For a member who is an operator: recusal is by it [R49]. */
  operatorId?: string | undefined;
};

const toMember = (row: typeof committeeMembers.$inferSelect): CommitteeMemberRecord => ({ ...row, operatorId: row.operatorId ?? undefined });

export class CommitteeRepository {
  constructor(private readonly db: Executor) {}

  async members(ex: Executor = this.db): Promise<CommitteeMemberRecord[]> {
    const rows = await ex
      .select()
      .from(committeeMembers)
      .orderBy(desc(committeeMembers.isChair), asc(committeeMembers.seat), asc(committeeMembers.appointedOn), asc(committeeMembers.accountId));
    return rows.map(toMember);
  }

  /**
   * A member's seat, the row locked until the transaction ends: a vote or a removal decided
   * on it cannot race the other [R44][R48].
   */
  async lockSeat(tx: Executor, accountId: string): Promise<CommitteeMemberRecord | undefined> {
    const [row] = await tx.select().from(committeeMembers).where(eq(committeeMembers.accountId, accountId)).for('update');
    return row ? toMember(row) : undefined;
  }

  /** The sitting chair, if any, becomes an ordinary member. */
  async unseatChair(tx: Executor): Promise<void> {
    await tx.update(committeeMembers).set({ isChair: false }).where(eq(committeeMembers.isChair, true));
  }

  /** Inserts a member, or replaces the seat, operator and chair of one already sitting. */
  async appoint(tx: Executor, member: CommitteeMemberRecord): Promise<void> {
    const values = { ...member, operatorId: member.operatorId ?? null };
    await tx
      .insert(committeeMembers)
      .values(values)
      .onConflictDoUpdate({ target: committeeMembers.accountId, set: { seat: values.seat, operatorId: values.operatorId, isChair: values.isChair } });
  }

  async remove(tx: Executor, accountId: string): Promise<boolean> {
    const removed = await tx.delete(committeeMembers).where(eq(committeeMembers.accountId, accountId)).returning({ accountId: committeeMembers.accountId });
    return removed.length > 0;
  }
}
