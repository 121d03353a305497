import type { VerifiedToken } from './tokens.ts';

export const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Verifies each distinct token once for its lifetime [#17.2]: an EdDSA verification costs
 * more than a whole cached page, and the same token arrives on every request of its
 * viewer's session. A token is a signed string, so the string is the key; a kept answer
 * is given only while the token has not expired (its `exp`, checked on every use, with no
 * leeway: stricter than the first verification). What a token does not say (whether its
 * account still exists) is checked by the caller on every use, as before. At most `max`
 * tokens are kept; past it the oldest leave first.
 */
export class VerifiedTokens {
  private readonly kept = new Map<string, VerifiedToken>();
  /** Verifications made (the first use of each token, and of each after it left). */
  verified = 0;

  constructor(
    private readonly verify: (token: string) => Promise<VerifiedToken>,
    private readonly max = VERIFIED_TOKENS_MAX,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async check(token: string): Promise<VerifiedToken> {
    const kept = this.kept.get(token);
    if (kept && kept.exp * 1000 > this.now()) return kept;
    if (kept) this.kept.delete(token);
    const verified = await this.verify(token);
    this.verified += 1;
    this.kept.set(token, verified);
    if (this.kept.size > this.max) this.kept.delete(this.kept.keys().next().value!);
    return verified;
  }
}
