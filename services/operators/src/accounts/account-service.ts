import { Role, type Viewer } from '@registry/auth';
import { badUserInput, notFound } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { OperatorsUnit, OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { assertCan } from '../steering/steering-policy.ts';
import type { AccountRecord, AccountRepository } from './account-repository.ts';
import { DERIVED_ROLES } from './derived-roles.ts';
import { generateInitialPassword, hashPassword } from './password.ts';
import type { FacilityRepository } from '../facilities/facility-repository.ts';

export interface AccountInput {
  loginId: string;
  displayName: string;
  password: string;
  roles: Role[];
  operatorId?: string | null;
  facilityId?: string | null;
  mustChangePassword?: boolean;
}

export interface StaffAccountInput {
  loginId: string;
  displayName: string;
  roles: Role[];
  facilityId?: string | null;
}

const LOGIN_ID = /^[a-z0-9][a-z0-9-]{2,39}$/;

/** What AccountService works with, each named [#14.7]. */
export interface AccountServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  accounts: AccountRepository;
  facilities: FacilityRepository;
}

/** Opening accounts and their staff roles: the secretariat's work [R34]. */
export class AccountService {
  constructor(private readonly deps: AccountServiceDeps) {}

  private get accounts() {
    return this.deps.accounts;
  }

  /** For seeding and in-process callers that already hold a unit of work (its actor opens the account). */
  async open(unit: OperatorsUnit, input: AccountInput): Promise<string> {
    const { password, ...rest } = input;
    const id = await this.accounts.insert(unit.tx, { ...rest, passwordHash: await hashPassword(password) });
    await unit.audit(id, [{ action: 'ACCOUNT_OPENED', detail: { loginId: input.loginId, roles: input.roles } }]);
    return id;
  }

  /** [R34] a staff account for any role in DOMAIN.md, with an initial password shown once. */
  async openStaff(input: StaffAccountInput): Promise<{ account: AccountRecord; initialPassword: string }> {
    assertCan(this.deps.viewer, 'account:manage', 'The research secretariat opens accounts');
    this.checkStaff(input, ['input']);
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword);
    return this.deps.uow.run(async (unit) => {
      const account = await this.insertStaff(unit, input, passwordHash, ['input']);
      return { account, initialPassword };
    });
  }

  /** Validates a staff account as entered; paths start at `path`. */
  checkStaff(input: StaffAccountInput, path: readonly (string | number)[]): void {
    if (!LOGIN_ID.test(input.loginId)) throw badUserInput('A login ID is 3–40 lowercase letters, digits or dashes', [...path, 'loginId']);
    if (!input.displayName.trim()) throw badUserInput('A name is required', [...path, 'name']);
    this.checkStaffRoles(input.roles, [...path, 'roles']);
    if (input.roles.includes(Role.SiteContact) && !input.facilityId) throw badUserInput('A site contact acts for one facility', [...path, 'facilityId']);
  }

  /**
   * Inserts a checked staff account with a password hash whose holder must choose a new
   * password at first login; in the caller's unit of work, by its actor (`openStaff`, the bootstrap).
   */
  async insertStaff(unit: OperatorsUnit, input: StaffAccountInput, passwordHash: string, path: readonly (string | number)[]): Promise<AccountRecord> {
    const { tx } = unit;
    if (await this.accounts.byLoginIdIn(tx, input.loginId)) throw badUserInput('This login ID is taken', [...path, 'loginId']);
    if (input.facilityId && (await this.deps.facilities.byIdsIn(tx, [input.facilityId])).length === 0) throw badUserInput('Unknown facility', [...path, 'facilityId']);
    const id = await this.accounts.insert(tx, { loginId: input.loginId, displayName: input.displayName.trim(), passwordHash, roles: input.roles, facilityId: input.facilityId ?? null, mustChangePassword: true });
    await unit.audit(id, [{ action: 'ACCOUNT_OPENED', detail: { loginId: input.loginId, roles: input.roles } }]);
    return (await this.accounts.byLoginIdIn(tx, input.loginId))!;
  }

  /** [R34] replaces an account's staff roles; the change is audited with before and after. */
  async changeStaffRoles(loginId: string, roles: Role[]): Promise<AccountRecord> {
    assertCan(this.deps.viewer, 'account:manage', 'The research secretariat manages accounts');
    this.checkStaffRoles(roles, ['roles']);
    return this.deps.uow.run(async ({ tx, audit }) => {
      const account = await this.accounts.byLoginIdIn(tx, loginId);
      if (!account) throw notFound('Account');
      await this.accounts.setRoles(tx, account.id, roles);
      await audit(account.id, [{ action: 'ROLE_CHANGED', detail: { from: account.roles, to: roles } }]);
      return { ...account, roles };
    });
  }

  /** [R34] the staff accounts, a page by login ID, for the secretariat who manages them. */
  async listStaff(page: PageRequest): Promise<AccountRecord[]> {
    assertCan(this.deps.viewer, 'account:manage', 'The research secretariat manages accounts');
    return this.accounts.listStaff(page);
  }

  /** [R34][T14.1] lifts a staff account's lockout (an operator's runs out by itself); audited. */
  async unlockStaff(loginId: string): Promise<AccountRecord> {
    assertCan(this.deps.viewer, 'account:manage', 'The research secretariat manages accounts');
    return this.deps.uow.run(async ({ tx, audit }) => {
      const account = await this.accounts.byLoginIdIn(tx, loginId);
      if (!account || account.operatorId) throw notFound('Staff account');
      await this.accounts.unlock(tx, account.id);
      await audit(account.id, [{ action: 'ACCOUNT_UNLOCKED', detail: { lockedUntil: account.lockedUntil?.toISOString() ?? null } }]);
      return { ...account, lockedUntil: null };
    });
  }

  private checkStaffRoles(roles: readonly Role[], field: readonly (string | number)[]): void {
    const derived = roles.find((r) => DERIVED_ROLES.includes(r));
    if (derived) throw badUserInput(`${derived} follows from an operator's status or a steering term and cannot be granted`, field);
  }
}
