import type { CryptoKey } from 'jose';
import { signSignatureAssertion, SIGNATURE_ASSERTION_TTL_SECONDS, type Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { badUserInput, unauthenticated } from '@registry/errors';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import type { AccountRepository } from './account-repository.ts';
import { verifyPassword } from './password.ts';

export interface SignatureAssertionPayload {
  assertion: string;
  expiresAt: Date;
}

/** What SignatureReauthentication works with, each named [#14.7]. */
export interface SignatureReauthenticationDeps {
  viewer: Viewer;
  /** Reads only: every write goes through `uow`. */
  db: Database;
  uow: OperatorsUnitOfWork;
  accounts: AccountRepository;
  signingKey: CryptoKey | undefined;
}

/**
 * [T14.1] (21 CFR 11.200) A signature needs the password entered for it, never a session.
 * The signer enters the password here; we check it against the hash and answer a
 * short-lived, single-use assertion for (account, registration number, purpose), which the
 * cases subgraph verifies and consumes when it records the signature (docs/decisions.md).
 * A wrong password is BAD_USER_INPUT on `password` (the session stays valid) and counts
 * towards the login lockout, so this is no way around it.
 */
export class SignatureReauthentication {
  constructor(private readonly deps: SignatureReauthenticationDeps) {}

  async reauthenticate(password: string, registrationNumber: string): Promise<SignatureAssertionPayload> {
    const accountId = this.deps.viewer.accountId;
    if (!accountId || this.deps.viewer.roles.length === 0) throw unauthenticated();
    const account = await this.deps.accounts.credentialsById(this.deps.db, accountId);
    if (!account) throw unauthenticated();
    const passwordOk = await verifyPassword(account.passwordHash, password);
    // [T14.1] the lockout is the login's, decided in one statement on the account row.
    const outcome = await this.deps.uow.run(async ({ tx, now, audit }) => {
      const attempt = await this.deps.accounts.recordAttempt(tx, account.id, passwordOk, now);
      if (!passwordOk || attempt.locked) {
        await audit(null, [{ action: 'SIGNATURE_REAUTHENTICATION_FAILED', detail: { registrationNumber, failures: attempt.failedAttempts, locked: attempt.locked } }]);
      }
      return attempt;
    });
    if (outcome.locked) throw badUserInput('The account is locked for a while after repeated wrong passwords', ['password']);
    if (!passwordOk) throw badUserInput('The password is not correct', ['password']);
    if (!this.deps.signingKey) throw new Error('this process holds no user-token signing key');
    const assertion = await signSignatureAssertion({ accountId, registrationNumber, purpose: 'CASE_REPORT_FORM_SIGNATURE' }, this.deps.signingKey);
    return this.deps.uow.run(async ({ now, audit }) => {
      await audit(null, [{ action: 'SIGNATURE_REAUTHENTICATED', detail: { registrationNumber } }]);
      return { assertion, expiresAt: new Date(now.getTime() + SIGNATURE_ASSERTION_TTL_SECONDS * 1000) };
    });
  }
}
