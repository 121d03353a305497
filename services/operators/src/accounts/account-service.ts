import type { Role } from '@registry/auth';
import type { Executor } from '@registry/db';
import type { AccountRepository } from './account-repository.ts';
import { hashPassword } from './password.ts';

export interface AccountInput {
  loginId: string;
  displayName: string;
  password: string;
  roles: Role[];
  operatorId?: string | null;
  facilityId?: string | null;
  mustChangePassword?: boolean;
}

/** Opening accounts: the secretariat's work [R34]; used by seeding and by later issues. */
export class AccountService {
  constructor(private readonly accounts: AccountRepository) {}

  async open(tx: Executor, input: AccountInput, actorAccountId: string | null): Promise<string> {
    const { password, ...rest } = input;
    const id = await this.accounts.insert(tx, { ...rest, passwordHash: await hashPassword(password) });
    await this.accounts.audit(tx, { actorAccountId, action: 'ACCOUNT_OPENED', subject: id, detail: { loginId: input.loginId, roles: input.roles } });
    return id;
  }
}
