import type { CryptoKey } from 'jose';
import { INTERNAL_TOKEN_TTL_SECONDS, signInternalToken, type Viewer } from '@registry/auth';

const REFRESH_MARGIN_MS = 60_000;
const MAX_CACHED = 10_000;

/**
 * Signs the per-subgraph tokens the gateway sends downstream. Signing Ed25519 on every
 * request would cost more than the request itself, so a token is reused for the same
 * viewer and subgraph until a minute before it expires.
 */
export class InternalTokenIssuer {
  private readonly cache = new Map<string, { token: string; expiresAt: number }>();

  constructor(
    private readonly key: CryptoKey,
    private readonly ttlSeconds = INTERNAL_TOKEN_TTL_SECONDS,
  ) {}

  async tokenFor(viewer: Viewer, subgraph: string): Promise<string> {
    const cacheKey = `${subgraph}|${viewer.accountId ?? ''}|${[...viewer.roles].sort().join(',')}|${viewer.operatorId ?? ''}|${viewer.facilityId ?? ''}|${viewer.mustChangePassword ? 'pwc' : ''}`;
    const cached = this.cache.get(cacheKey);
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > Date.now()) return cached.token;
    const token = await signInternalToken(viewer, subgraph, this.key, this.ttlSeconds);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(cacheKey, { token, expiresAt: Date.now() + this.ttlSeconds * 1000 });
    return token;
  }
}
