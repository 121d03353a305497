import { serviceUnavailable } from '@registry/errors';
import type { InternalTokenIssuer } from './internal-tokens.ts';

const MAX_CACHED = 10_000;

export interface ActiveAccountsOptions {
  /** The operators subgraph's GraphQL URL: it owns accounts. */
  operatorsUrl: string;
  issuer: InternalTokenIssuer;
  /** The gateway's fetch to its subgraphs (it fails over between their processes). */
  fetch?: typeof fetch;
  /** How long an answer is reused (default 30 s). */
  ttlMs?: number;
  /** How long the operators subgraph is given to answer (default 2 s). */
  timeoutMs?: number;
}

/**
 * Whether a user token's subject is an account that exists (issue 15.8). The gateway holds
 * no database, so it asks the operators subgraph, which owns accounts: `{ viewer { id } }`
 * with an internal token for that account and no role, the one query such a token may
 * make. Answers are cached for `ttlMs` per account, and lookups of one account share one
 * request, so a request costs no extra round trip but the first in each window.
 *
 * While the operators subgraph cannot answer, an account it confirmed before is still
 * accepted (its token's signature and age are checked regardless); an account never
 * confirmed is answered SERVICE_UNAVAILABLE, retriable, never let through.
 */
export class ActiveAccounts {
  private readonly cache = new Map<string, { active: boolean; until: number }>();
  private readonly inFlight = new Map<string, Promise<boolean>>();
  private readonly ttlMs: number;
  private readonly timeoutMs: number;
  /** Requests made to the operators subgraph (tests, the soak). */
  lookups = 0;

  constructor(private readonly options: ActiveAccountsOptions) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 2_000;
  }

  async isActive(accountId: string): Promise<boolean> {
    const cached = this.cache.get(accountId);
    if (cached && cached.until > Date.now()) return cached.active;
    let pending = this.inFlight.get(accountId);
    if (!pending) {
      pending = this.lookup(accountId).finally(() => this.inFlight.delete(accountId));
      this.inFlight.set(accountId, pending);
    }
    try {
      const active = await pending;
      this.remember(accountId, active);
      return active;
    } catch {
      if (cached?.active) return true;
      throw serviceUnavailable();
    }
  }

  private remember(accountId: string, active: boolean): void {
    const now = Date.now();
    if (this.cache.size >= MAX_CACHED) {
      for (const [id, entry] of this.cache) if (entry.until <= now) this.cache.delete(id);
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
    }
    this.cache.delete(accountId);
    this.cache.set(accountId, { active, until: now + this.ttlMs });
  }

  private async lookup(accountId: string): Promise<boolean> {
    this.lookups++;
    const token = await this.options.issuer.tokenFor({ accountId, roles: [] }, 'operators');
    const response = await (this.options.fetch ?? fetch)(this.options.operatorsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`operators answered ${response.status}`);
    const body = (await response.json()) as { data?: { viewer?: { id?: string } | null }; errors?: unknown[] };
    if (body.errors?.length) throw new Error('operators refused the account lookup');
    return body.data?.viewer?.id === accountId;
  }
}
