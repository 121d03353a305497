import { createHash, randomBytes } from 'node:crypto';
import { badUserInput, unauthenticated } from '@registry/errors';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import type { AccountRepository } from './account-repository.ts';
import type { AuthService, LoginResult } from './auth-service.ts';
import type { SessionRepository } from './session-repository.ts';

/** A session lasts a working day from its login, however often it is refreshed (issue 10). */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface SessionResult {
  auth: LoginResult;
  /** The new refresh token: the gateway puts it in an HttpOnly cookie and never in a body. */
  refreshToken: string;
  refreshExpiresAt: Date;
}

const REFUSED = 'The session has ended: log in again';
/** 32 random bytes, base64url: 256 bits, never guessable; only its SHA-256 is stored. */
const newToken = () => randomBytes(32).toString('base64url');
const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What SessionService works with, each named [#14.7]. */
export interface SessionServiceDeps {
  uow: OperatorsUnitOfWork;
  sessions: SessionRepository;
  accounts: AccountRepository;
  auth: AuthService;
}

/**
 * Browser sessions by refresh-token rotation (OWASP): every refresh spends its token and
 * gets the next; a spent token presented again means it was copied, so the whole family
 * ends and both holders must log in again. Only the gateway calls this, with the token
 * from the cookie.
 */
export class SessionService {
  constructor(private readonly deps: SessionServiceDeps) {}

  /** Logs in (the same checks and the same one refusal as `login`) and opens a family. */
  async open(loginId: string, password: string): Promise<SessionResult> {
    const auth = await this.deps.auth.login(loginId, password);
    const refreshToken = newToken();
    // The session's account is the actor of its entries, whoever holds the token.
    const expiresAt = await this.deps.uow.as(auth.account.id).run(async ({ tx, now, audit }) => {
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      const familyId = await this.deps.sessions.openFamily(tx, { accountId: auth.account.id, startedAt: now, expiresAt });
      await this.deps.sessions.issueToken(tx, { tokenHash: digest(refreshToken), familyId, issuedAt: now });
      await audit(familyId, [{ action: 'SESSION_STARTED' }]);
      return expiresAt;
    });
    return { auth, refreshToken, refreshExpiresAt: expiresAt };
  }

  /** Spends the token and returns the next one with a fresh access token. */
  async refresh(refreshToken: string): Promise<SessionResult> {
    const hash = this.checkedDigest(refreshToken);
    const next = newToken();
    // The outcome is returned, not thrown, so that a reuse's revocation commits.
    const outcome = await this.deps.uow.run(async ({ tx, now }) => {
      const use = await this.deps.sessions.spend(tx, hash, now);
      if (use.kind === 'unknown') return { ok: false as const };
      const family = await this.deps.sessions.family(tx, use.familyId);
      if (!family) return { ok: false as const };
      if (use.kind === 'reused') {
        await this.deps.sessions.endFamily(tx, family.id, 'REUSE', now);
        await this.auditAs(family.accountId, family.id, 'SESSION_TOKEN_REUSED');
        return { ok: false as const };
      }
      if (family.endedAt || family.expiresAt <= now) return { ok: false as const };
      await this.deps.sessions.issueToken(tx, { tokenHash: digest(next), familyId: family.id, issuedAt: now });
      return { ok: true as const, accountId: family.accountId, expiresAt: family.expiresAt };
    });
    if (!outcome.ok) throw unauthenticated(REFUSED);
    const auth = await this.deps.auth.tokenForAccount(outcome.accountId);
    if (!auth) throw unauthenticated(REFUSED);
    return { auth, refreshToken: next, refreshExpiresAt: outcome.expiresAt };
  }

  /** Logout: ends the token's family. Idempotent: an unknown or spent token ends nothing more. */
  async end(refreshToken: string): Promise<boolean> {
    const hash = this.checkedDigest(refreshToken);
    return this.deps.uow.run(async ({ tx, now }) => {
      const use = await this.deps.sessions.spend(tx, hash, now);
      if (use.kind === 'unknown') return false;
      const family = await this.deps.sessions.family(tx, use.familyId);
      if (!family || family.endedAt) return false;
      await this.deps.sessions.endFamily(tx, family.id, use.kind === 'reused' ? 'REUSE' : 'LOGOUT', now);
      await this.auditAs(family.accountId, family.id, use.kind === 'reused' ? 'SESSION_TOKEN_REUSED' : 'LOGOUT');
      return true;
    });
  }

  /** An entry by the family's account, learnt inside the unit: the same unit (joined), that actor. */
  private auditAs(accountId: string, familyId: string, action: string): Promise<void> {
    return this.deps.uow.as(accountId).run(({ audit }) => audit(familyId, [{ action }]));
  }

  private checkedDigest(token: string): string {
    if (!TOKEN_SHAPE.test(token)) throw badUserInput('Not a refresh token', ['refreshToken']);
    return digest(token);
  }
}
