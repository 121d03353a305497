import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import type { Role } from '@registry/auth';
import { accounts, auditLog } from '../db/schema.ts';

export interface AccountRecord {
  id: string;
  loginId: string;
  displayName: string;
  roles: Role[];
  operatorId: string | null;
  facilityId: string | null;
  mustChangePassword: boolean;
}

export interface AccountCredentials extends AccountRecord {
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
}

const publicColumns = {
  id: accounts.id,
  loginId: accounts.loginId,
  displayName: accounts.displayName,
  roles: accounts.roles,
  operatorId: accounts.operatorId,
  facilityId: accounts.facilityId,
  mustChangePassword: accounts.mustChangePassword,
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

  async byIds(ids: readonly string[]): Promise<AccountRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.select(publicColumns).from(accounts).where(inArray(accounts.id, [...ids]));
    return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
  }

  async credentialsByLoginId(loginId: string): Promise<AccountCredentials | undefined> {
    const [row] = await this.db
      .select({ ...publicColumns, passwordHash: accounts.passwordHash, failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
      .from(accounts)
      .where(eq(accounts.loginId, loginId));
    return row ? { ...row, roles: row.roles as Role[] } : undefined;
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
      .select({ ...publicColumns, passwordHash: accounts.passwordHash, failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
      .from(accounts)
      .where(eq(accounts.id, id))
      .for('update');
    return row ? { ...row, roles: row.roles as Role[] } : undefined;
  }

  async byLoginIdIn(tx: Executor, loginId: string): Promise<AccountRecord | undefined> {
    const [row] = await tx.select(publicColumns).from(accounts).where(eq(accounts.loginId, loginId));
    return row ? { ...row, roles: row.roles as Role[] } : undefined;
  }

  async byOperatorIdIn(tx: Executor, operatorId: string): Promise<AccountRecord | undefined> {
    const [row] = await tx.select(publicColumns).from(accounts).where(eq(accounts.operatorId, operatorId));
    return row ? { ...row, roles: row.roles as Role[] } : undefined;
  }

  async setPassword(tx: Executor, id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await tx.update(accounts).set({ passwordHash, mustChangePassword, failedAttempts: 0, lockedUntil: null }).where(eq(accounts.id, id));
  }

  async setRoles(tx: Executor, id: string, roles: readonly Role[]): Promise<void> {
    await tx.update(accounts).set({ roles: [...roles] }).where(eq(accounts.id, id));
  }

  async insert(tx: Executor, account: NewAccount): Promise<string> {
    const [row] = await tx.insert(accounts).values(account).returning({ id: accounts.id });
    return row!.id;
  }

  async recordLoginOutcome(tx: Executor, accountId: string, success: boolean, lockUntil: Date | null): Promise<void> {
    await tx
      .update(accounts)
      .set(success ? { failedAttempts: 0, lockedUntil: null } : { failedAttempts: sql`${accounts.failedAttempts} + 1`, lockedUntil: lockUntil })
      .where(eq(accounts.id, accountId));
  }

  async audit(tx: Executor, entry: { actorAccountId: string | null; action: string; subject?: string; detail?: object }): Promise<void> {
    await tx.insert(auditLog).values({ actorAccountId: entry.actorAccountId, action: entry.action, subject: entry.subject ?? null, detail: entry.detail ?? {} });
  }
}
