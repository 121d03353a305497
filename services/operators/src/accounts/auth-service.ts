import type { CryptoKey } from 'jose';
import { decodeJwt } from 'jose';
import { Role, signUserToken, type Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { unauthenticated } from '@registry/errors';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import type { AccountRecord, AccountRepository } from './account-repository.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';

/** Failures in a row before an account locks, and for how long [T14.1]. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface LoginResult {
  token: string;
  expiresAt: string;
  account: AccountRecord;
}

/** The operator role a status grants: only CERTIFIED operators act as OPERATOR [R5]. */
const ROLE_BY_STATUS: Partial<Record<OperatorStatus, Role>> = {
  [OperatorStatus.Certified]: Role.Operator,
  [OperatorStatus.Associate]: Role.Associate,
  [OperatorStatus.Ob]: Role.Ob,
};

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly signingKey: CryptoKey | undefined,
  ) {}

  /**
   * Unknown ID, wrong password and a locked account all fail with the same error and the
   * same work, so the answer tells an attacker nothing about which IDs exist.
   */
  async login(loginId: string, password: string): Promise<LoginResult> {
    if (!this.signingKey) throw new Error('this process holds no user-token signing key');
    const account = await this.accounts.credentialsByLoginId(loginId);
    const passwordOk = await verifyPassword(account?.passwordHash ?? DUMMY_HASH, password);
    const locked = Boolean(account?.lockedUntil && account.lockedUntil.getTime() > Date.now());
    if (!account || !passwordOk || locked) {
      if (account) await this.recordFailure(account.id, account.failedAttempts + 1, locked);
      else await this.accounts.audit(this.db, { actorAccountId: null, action: 'LOGIN_FAILED', detail: { reason: 'unknown-id' } });
      throw unauthenticated('Invalid operator ID or password');
    }
    const viewer = await this.viewerOf(account);
    await this.db.transaction(async (tx) => {
      await this.accounts.recordLoginOutcome(tx, account.id, true, null);
      await this.accounts.audit(tx, { actorAccountId: account.id, action: 'LOGIN', detail: { roles: viewer.roles } });
    });
    const token = await signUserToken(viewer, this.signingKey);
    const { exp } = decodeJwt(token);
    return { token, expiresAt: new Date(exp! * 1000).toISOString(), account: { ...account, roles: [...viewer.roles] } };
  }

  private async recordFailure(accountId: string, failures: number, alreadyLocked: boolean): Promise<void> {
    const lockUntil = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MS) : null;
    await this.db.transaction(async (tx) => {
      await this.accounts.recordLoginOutcome(tx, accountId, false, alreadyLocked ? null : lockUntil);
      await this.accounts.audit(tx, { actorAccountId: accountId, action: 'LOGIN_FAILED', detail: { failures, locked: alreadyLocked || Boolean(lockUntil) } });
    });
  }

  private async viewerOf(account: AccountRecord): Promise<Viewer & { accountId: string }> {
    const roles = new Set<Role>(account.roles);
    let facilityId = account.facilityId ?? undefined;
    if (account.operatorId) {
      const [operator] = await this.operators.byIds([account.operatorId]);
      const role = operator ? ROLE_BY_STATUS[operator.status] : undefined;
      if (role) roles.add(role);
      facilityId ??= operator?.facilityId;
    }
    return {
      accountId: account.id,
      roles: [...roles].sort(),
      ...(account.operatorId ? { operatorId: account.operatorId } : {}),
      ...(facilityId ? { facilityId } : {}),
    };
  }
}
