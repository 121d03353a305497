import type { CryptoKey } from 'jose';
import { decodeJwt } from 'jose';
import { Role, signUserToken, type Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { badUserInput, unauthenticated } from '@registry/errors';
import { today } from '../calendar.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import type { AccountRecord, AccountRepository } from './account-repository.ts';
import type { SteeringRepository } from '../steering/steering-repository.ts';
import { DERIVED_ROLES } from './derived-roles.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';

/** Failures in a row before an account locks, and for how long [T14.1]. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** [T14.1] the shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 12;

export interface LoginResult {
  token: string;
  expiresAt: string;
  account: AccountRecord;
  /** The initial password must be changed first: the token carries no role until then. */
  mustChangePassword: boolean;
}


/** The operator role a status grants: only CERTIFIED operators act as OPERATOR [R5]. */
const ROLE_BY_STATUS: Partial<Record<OperatorStatus, Role>> = {
  [OperatorStatus.Certified]: Role.Operator,
  [OperatorStatus.Associate]: Role.Associate,
  [OperatorStatus.Ob]: Role.Ob,
};

export class AuthService {
  constructor(
    private readonly viewer: Viewer,
    private readonly db: Database,
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly steering: SteeringRepository,
    private readonly signingKey: CryptoKey | undefined,
  ) {}

  /**
   * Unknown ID, wrong password and a locked account all fail with the same error and the
   * same work, so the answer tells an attacker nothing about which IDs exist.
   */
  async login(loginId: string, password: string): Promise<LoginResult> {
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
      await this.accounts.audit(tx, { actorAccountId: account.id, action: 'LOGIN', detail: { roles: viewer.roles, mustChangePassword: account.mustChangePassword } });
    });
    return this.issue(account, viewer);
  }

  /**
   * Changes the signed-in account's password and returns a full token. A wrong current
   * password counts as a failed login (and towards the lockout) [T14.1].
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<LoginResult> {
    const accountId = this.viewer.accountId;
    if (!accountId) throw unauthenticated();
    if (newPassword.length < MIN_PASSWORD_LENGTH) throw badUserInput(`A password has at least ${MIN_PASSWORD_LENGTH} characters`, ['newPassword']);
    if (newPassword === currentPassword) throw badUserInput('The new password must differ from the current one', ['newPassword']);
    const account = await this.accounts.credentialsById(this.db, accountId);
    if (!account) throw unauthenticated();
    const locked = Boolean(account.lockedUntil && account.lockedUntil.getTime() > Date.now());
    if (locked || !(await verifyPassword(account.passwordHash, currentPassword))) {
      await this.recordFailure(account.id, account.failedAttempts + 1, locked);
      throw unauthenticated('Invalid operator ID or password');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await this.accounts.setPassword(tx, account.id, passwordHash, false);
      await this.accounts.audit(tx, { actorAccountId: account.id, action: 'PASSWORD_CHANGED', subject: account.id });
    });
    const changed = { ...account, mustChangePassword: false };
    return this.issue(changed, await this.viewerOf(changed));
  }

  /**
   * A token for the account. Until the initial password is changed it carries no role,
   * so every subgraph refuses it for anything but `changePassword` and `viewer` [R11].
   */
  private async issue(account: AccountRecord, viewer: Viewer & { accountId: string }): Promise<LoginResult> {
    if (!this.signingKey) throw new Error('this process holds no user-token signing key');
    const granted = account.mustChangePassword ? { ...viewer, roles: [] } : viewer;
    const token = await signUserToken(granted, this.signingKey);
    const { exp } = decodeJwt(token);
    return { token, expiresAt: new Date(exp! * 1000).toISOString(), account: { ...account, roles: [...granted.roles] }, mustChangePassword: account.mustChangePassword };
  }

  private async recordFailure(accountId: string, failures: number, alreadyLocked: boolean): Promise<void> {
    const lockUntil = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MS) : null;
    await this.db.transaction(async (tx) => {
      await this.accounts.recordLoginOutcome(tx, accountId, false, alreadyLocked ? null : lockUntil);
      await this.accounts.audit(tx, { actorAccountId: accountId, action: 'LOGIN_FAILED', detail: { failures, locked: alreadyLocked || Boolean(lockUntil) } });
    });
  }

  /**
   * Roles at this moment: staff roles from the account, the operator role from the
   * operator's status, and STEERING from a term covering today [R36].
   */
  private async viewerOf(account: AccountRecord): Promise<Viewer & { accountId: string }> {
    const roles = new Set<Role>(account.roles.filter((r) => !DERIVED_ROLES.includes(r)));
    if (await this.steering.isSitting(undefined, account.id, today())) roles.add(Role.Steering);
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
