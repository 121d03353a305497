import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { accounts, refreshTokens, sessionFamilies } from '../db/schema.ts';

export type SessionEndReason = 'LOGOUT' | 'REUSE' | 'OB' | 'REVOKED';

export interface SessionFamilyRecord {
  id: string;
  accountId: string;
  expiresAt: Date;
  endedAt: Date | null;
}

/** What presenting a refresh token found: unknown, already used (reuse), or now spent by this call. */
export type RefreshTokenUse = { kind: 'unknown' } | { kind: 'reused'; familyId: string } | { kind: 'spent'; familyId: string };

export class SessionRepository {
  async openFamily(tx: Executor, family: { accountId: string; startedAt: Date; expiresAt: Date }): Promise<string> {
    const [row] = await tx.insert(sessionFamilies).values(family).returning({ id: sessionFamilies.id });
    return row!.id;
  }

  async family(tx: Executor, id: string): Promise<SessionFamilyRecord | undefined> {
    const [row] = await tx
      .select({ id: sessionFamilies.id, accountId: sessionFamilies.accountId, expiresAt: sessionFamilies.expiresAt, endedAt: sessionFamilies.endedAt })
      .from(sessionFamilies)
      .where(eq(sessionFamilies.id, id))
      .for('update');
    return row;
  }

  async issueToken(tx: Executor, token: { tokenHash: string; familyId: string; issuedAt: Date }): Promise<void> {
    await tx.insert(refreshTokens).values(token);
  }

  /**
   * Spends a refresh token in one statement, so two requests with the same token cannot
   * both spend it (on a server the second waits for the first's row lock, then finds it used).
   */
  async spend(tx: Executor, tokenHash: string, at: Date): Promise<RefreshTokenUse> {
    const [spent] = await tx
      .update(refreshTokens)
      .set({ usedAt: at })
      .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt)))
      .returning({ familyId: refreshTokens.familyId });
    if (spent) return { kind: 'spent', familyId: spent.familyId };
    const [known] = await tx.select({ familyId: refreshTokens.familyId }).from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
    return known ? { kind: 'reused', familyId: known.familyId } : { kind: 'unknown' };
  }

  /** Ends a family unless it has ended already (the first reason is kept). */
  async endFamily(tx: Executor, familyId: string, reason: SessionEndReason, at: Date): Promise<void> {
    await tx
      .update(sessionFamilies)
      .set({ endedAt: at, endReason: reason })
      .where(and(eq(sessionFamilies.id, familyId), isNull(sessionFamilies.endedAt)));
  }

  /** Ends every open session of an operator's account(s): OB and revocation end them [R10]. */
  async endOperatorSessions(tx: Executor, operatorId: string, reason: SessionEndReason, at: Date): Promise<void> {
    await tx
      .update(sessionFamilies)
      .set({ endedAt: at, endReason: reason })
      .where(
        and(
          isNull(sessionFamilies.endedAt),
          inArray(sessionFamilies.accountId, tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.operatorId, operatorId))),
        ),
      );
  }

  /** Open sessions of an account (tests, audits). */
  async openCount(tx: Executor, accountId: string): Promise<number> {
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(sessionFamilies)
      .where(and(eq(sessionFamilies.accountId, accountId), isNull(sessionFamilies.endedAt)));
    return row?.n ?? 0;
  }
}
