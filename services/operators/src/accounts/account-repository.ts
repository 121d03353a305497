import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import type { Role } from '@registry/auth';
import { accounts } from '../db/schema.ts';
import { isUuid } from '@registry/errors';

/** Failures in a row before an account locks, and for how long [T14.1]. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface AccountRecord {
  id: string;
  loginId: string;
  displayName: string;
  roles: Role[];
  operatorId: string | null;
  facilityId: string | null;
  mustChangePassword: boolean;
  /** The end of the last lockout, past or not [T14.1]. */
  lockedUntil: Date | null;
}

export interface AccountCredentials extends AccountRecord {
  passwordHash: string;
  failedAttempts: number;
}

const publicColumns = {
  id: accounts.id,
  loginId: accounts.loginId,
  displayName: accounts.displayName,
  roles: accounts.roles,
  operatorId: accounts.operatorId,
  facilityId: accounts.facilityId,
  mustChangePassword: accounts.mustChangePassword,
  lockedUntil: accounts.lockedUntil,
};

export interface NewAccount {
  loginId: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  operatorId?: string | null;
  facilityId?: string | null;
  mustChangePassword?: boolean;
}

export class AccountRepository {
  constructor(private readonly db: Executor) {}

  /** Ids that are no account id (an `_entities` representation may hold anything) are simply not found. */
  async byIds(ids: readonly string[]): Promise<AccountRecord[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const rows = await this.db.select(publicColumns).from(accounts).where(inArray(accounts.id, valid));
    return rows;
  }

  async credentialsByLoginId(loginId: string): Promise<AccountCredentials | undefined> {
    const [row] = await this.db
      .select({ ...publicColumns, passwordHash: accounts.passwordHash, failedAttempts: accounts.failedAttempts })
      .from(accounts)
      .where(eq(accounts.loginId, loginId));
    return row;
  }

  async allLoginIds(): Promise<{ loginId: string; id: string }[]> {
    return this.db.select({ loginId: accounts.loginId, id: accounts.id }).from(accounts);
  }

  async existsByLoginId(loginId: string): Promise<boolean> {
    const [row] = await this.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.loginId, loginId));
    return Boolean(row);
  }

  async credentialsById(tx: Executor, id: string): Promise<AccountCredentials | undefined> {
    const [row] = await tx
      .select({ ...publicColumns, passwordHash: accounts.passwordHash, failedAttempts: accounts.failedAttempts })
      .from(accounts)
      .where(eq(accounts.id, id))
      .for('update');
    return row;
  }

  async byLoginIdIn(tx: Executor, loginId: string): Promise<AccountRecord | undefined> {
    const [row] = await tx.select(publicColumns).from(accounts).where(eq(accounts.loginId, loginId));
    return row;
  }

  async setPassword(tx: Executor, id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await tx.update(accounts).set({ passwordHash, mustChangePassword, failedAttempts: 0, lockedUntil: null }).where(eq(accounts.id, id));
  }

  /** A page of the staff accounts (those of no operator), by login ID [R34]. */
  async listStaff(page: PageRequest): Promise<AccountRecord[]> {
    const rows = await this.db
      .select(publicColumns)
      .from(accounts)
      .where(and(isNull(accounts.operatorId), page.after ? gt(accounts.loginId, page.after) : undefined))
      .orderBy(asc(accounts.loginId))
      .limit(page.limit);
    return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
  }

  /** Lifts a lockout and forgets the failures [T14.1]. */
  async unlock(tx: Executor, id: string): Promise<void> {
    await tx.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.id, id));
  }

  async setRoles(tx: Executor, id: string, roles: readonly Role[]): Promise<void> {
    await tx.update(accounts).set({ roles: [...roles] }).where(eq(accounts.id, id));
  }

  async insert(tx: Executor, account: NewAccount): Promise<string> {
    const [row] = await tx.insert(accounts).values(account).returning({ id: accounts.id });
    return row!.id;
  }

  /**
   * [T14.1] one attempt to prove the password, decided in ONE statement on the account
   * row, so no two attempts can both read "not locked" or "four failures": the row lock
   * of the UPDATE orders them, and every CASE reads the row as it was before this attempt.
   *
   * - locked (`locked_until` after `now`): nothing changes, whatever the password; a
   *   refusal while locked neither clears the lock nor extends it.
   * - right password, not locked: the failures are forgotten.
   * - wrong password: one more failure (a series starts again once a lock has run out);
   *   the fifth in a row locks the account for 15 minutes from `now`.
   *
   * Returns whether the account is locked after the attempt and the failures counted.
   */
  async recordAttempt(tx: Executor, accountId: string, passwordOk: boolean, now: Date): Promise<{ locked: boolean; failedAttempts: number }> {
    const at = sql`${now.toISOString()}::timestamptz`;
    const lockedNow = sql`(${accounts.lockedUntil} is not null and ${accounts.lockedUntil} > ${at})`;
    const failuresBefore = sql`(case when ${accounts.lockedUntil} is not null and ${accounts.lockedUntil} <= ${at} then 0 else ${accounts.failedAttempts} end)`;
    const [row] = await tx
      .update(accounts)
      .set({
        failedAttempts: passwordOk
          ? sql`case when ${lockedNow} then ${accounts.failedAttempts} else 0 end`
          : sql`case when ${lockedNow} then ${accounts.failedAttempts} else ${failuresBefore} + 1 end`,
        lockedUntil: passwordOk
          ? sql`case when ${lockedNow} then ${accounts.lockedUntil} else null end`
          : sql`case when ${lockedNow} then ${accounts.lockedUntil} when ${failuresBefore} + 1 >= ${MAX_FAILED_LOGINS} then ${at} + make_interval(secs => ${LOCKOUT_MS / 1000}) else null end`,
      })
      .where(eq(accounts.id, accountId))
      .returning({ lockedUntil: accounts.lockedUntil, failedAttempts: accounts.failedAttempts });
    if (!row) return { locked: false, failedAttempts: 0 };
    return { locked: row.lockedUntil !== null && row.lockedUntil.getTime() > now.getTime(), failedAttempts: row.failedAttempts };
  }
}
