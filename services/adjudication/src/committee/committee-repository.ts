import { asc, desc } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { committeeMembers } from '../db/schema.ts';

export type CommitteeSeat = 'STEERING' | 'CERTIFIED_OPERATOR' | 'EXTERNAL_EXPERT';

export interface CommitteeMemberRecord {
  accountId: string;
  seat: CommitteeSeat;
  isChair: boolean;
  appointedOn: string;
}

export class CommitteeRepository {
  constructor(private readonly db: Executor) {}

  async members(): Promise<CommitteeMemberRecord[]> {
    const rows = await this.db
      .select()
      .from(committeeMembers)
      .orderBy(desc(committeeMembers.isChair), asc(committeeMembers.seat), asc(committeeMembers.appointedOn));
    return rows as CommitteeMemberRecord[];
  }

  async appoint(tx: Executor, member: CommitteeMemberRecord): Promise<void> {
    await tx
      .insert(committeeMembers)
      .values(member)
      .onConflictDoUpdate({ target: committeeMembers.accountId, set: { seat: member.seat, isChair: member.isChair } });
  }
}
