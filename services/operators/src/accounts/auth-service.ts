import type { CryptoKey } from 'jose';
import { decodeJwt } from 'jose';
import { Role, signUserToken, type Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { badUserInput, ruleViolation, unauthenticated } from '@registry/errors';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import type { AccountRecord, AccountRepository } from './account-repository.ts';
import type { SteeringRepository } from '../steering/steering-repository.ts';
import { DERIVED_ROLES } from './derived-roles.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';
import { assertAcceptablePassword, PasswordRefusal, refusalMessage } from './password-policy.ts';

export interface LoginResult {
  token: string;
  expiresAt: Date;
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

/** What AuthService works with, each named [#14.7]. */
export interface AuthServiceDeps {
  viewer: Viewer;
  /** Reads only: every write goes through `uow`. */
  db: Database;
  uow: OperatorsUnitOfWork;
  accounts: AccountRepository;
  operators: OperatorRepository;
  steering: SteeringRepository;
  signingKey: CryptoKey | undefined;
}

export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  /**
   * Unknown ID, wrong password and a locked account all fail with the same error and the
   * same work, so the answer tells an attacker nothing about which IDs exist.
   */
  async login(loginId: string, password: string): Promise<LoginResult> {
    const account = await this.deps.accounts.credentialsByLoginId(loginId);
    const passwordOk = await verifyPassword(account?.passwordHash ?? DUMMY_HASH, password);
    if (!account) {
      await this.deps.uow.as(undefined).run(({ audit }) => audit(null, [{ action: 'LOGIN_FAILED', detail: { reason: 'unknown-id' } }]));
      throw unauthenticated('Invalid operator ID or password');
    }
    if (!(await this.attempt(account.id, passwordOk, 'LOGIN'))) throw unauthenticated('Invalid operator ID or password');
    const viewer = await this.viewerOf(account);
    await this.deps.uow.as(account.id).run(({ audit }) => audit(null, [{ action: 'LOGIN', detail: { roles: viewer.roles, mustChangePassword: account.mustChangePassword } }]));
    return this.issue(account, viewer);
  }

  /**
   * Changes the signed-in account's password and returns a full token. A wrong current
   * password counts as a failed login (and towards the lockout) [T14.1].
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<LoginResult> {
    const accountId = this.deps.viewer.accountId;
    if (!accountId) throw unauthenticated();
    const account = await this.deps.accounts.credentialsById(this.deps.db, accountId);
    if (!account) throw unauthenticated();
    // NIST SP 800-63B: never the login ID or the person's name; not a listed password.
    assertAcceptablePassword(newPassword, { loginId: account.loginId, name: account.displayName }, ['newPassword']);
    if (newPassword === currentPassword) throw badUserInput(refusalMessage(PasswordRefusal.SameAsCurrent), ['newPassword'], PasswordRefusal.SameAsCurrent);
    const currentOk = await verifyPassword(account.passwordHash, currentPassword);
    // The session is valid: a wrong current password is the field's fault, not the session's
    // (docs/errors.md), so a client does not take it for "log in again". It still counts
    // towards the lockout [T14.1], and a locked account changes nothing.
    const outcome = await this.attemptOutcome(account.id, currentOk, 'PASSWORD_CHANGE');
    if (outcome.locked) throw ruleViolation('T14.1', 'Too many failed attempts: the account is locked for 15 minutes', ['currentPassword']);
    if (!currentOk) throw badUserInput('The current password is not correct', ['currentPassword'], 'WRONG_PASSWORD');
    const passwordHash = await hashPassword(newPassword);
    await this.deps.uow.run(async ({ tx, audit }) => {
      await this.deps.accounts.setPassword(tx, account.id, passwordHash, false);
      await audit(account.id, [{ action: 'PASSWORD_CHANGED' }]);
    });
    const changed = { ...account, mustChangePassword: false };
    return this.issue(changed, await this.viewerOf(changed));
  }

  /**
   * A fresh access token for an account, with its roles as of now (a refresh re-reads the
   * operator's status, so a change of role reaches the next token). Undefined when the
   * account no longer exists. Reads outside any transaction (PGlite's one connection).
   */
  async tokenForAccount(accountId: string): Promise<LoginResult | undefined> {
    const account = await this.deps.accounts.credentialsById(this.deps.db, accountId);
    if (!account) return undefined;
    return this.issue(account, await this.viewerOf(account));
  }

  /**
   * A token for the account. Until the initial password is changed it carries no role,
   * so every subgraph refuses it for anything but `changePassword` and `viewer` [R11].
   */
  private async issue(account: AccountRecord, viewer: Viewer & { accountId: string }): Promise<LoginResult> {
    if (!this.deps.signingKey) throw new Error('this process holds no user-token signing key');
    const granted = account.mustChangePassword ? { ...viewer, roles: [], mustChangePassword: true } : viewer;
    const token = await signUserToken(granted, this.deps.signingKey);
    const { exp } = decodeJwt(token);
    return { token, expiresAt: new Date(exp! * 1000), account: { ...account, roles: [...granted.roles] }, mustChangePassword: account.mustChangePassword };
  }

  /** True when the attempt succeeds: the password was right and the account not locked. */
  private async attempt(accountId: string, passwordOk: boolean, action: string): Promise<boolean> {
    const outcome = await this.attemptOutcome(accountId, passwordOk, action);
    return passwordOk && !outcome.locked;
  }

  /**
   * [T14.1] the lockout is decided by one statement on the account row (see
   * `AccountRepository.recordAttempt`): concurrent attempts queue on the row, and a
   * refusal while locked neither clears nor extends the lock.
   */
  private async attemptOutcome(accountId: string, passwordOk: boolean, action: string) {
    // The account tried is the actor, signed in or not.
    return this.deps.uow.as(accountId).run(async ({ tx, now, audit }) => {
      const outcome = await this.deps.accounts.recordAttempt(tx, accountId, passwordOk, now);
      if (!passwordOk || outcome.locked) {
        await audit(null, [{ action: `${action}_FAILED`, detail: { failures: outcome.failedAttempts, locked: outcome.locked, wrongPassword: !passwordOk } }]);
      }
      return outcome;
    });
  }

  /**
   * Roles at this moment: staff roles from the account, the operator role from the
   * operator's status, and STEERING from a term covering today [R36].
   */
  private async viewerOf(account: AccountRecord): Promise<Viewer & { accountId: string }> {
    const roles = new Set<Role>(account.roles.filter((r) => !DERIVED_ROLES.includes(r)));
    if (await this.deps.steering.isSitting(undefined, account.id, this.deps.uow.calendar.today())) roles.add(Role.Steering);
    let facilityId = account.facilityId ?? undefined;
    if (account.operatorId) {
      const [operator] = await this.deps.operators.byIds([account.operatorId]);
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
