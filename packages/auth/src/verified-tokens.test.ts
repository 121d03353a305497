import { describe, expect, it } from 'vitest';
import { generateKeyPair } from 'jose';
import { signUserToken, verifyUserToken } from './tokens.ts';
import { VerifiedTokens } from './verified-tokens.ts';

const viewer = { accountId: '00000000-0000-4000-8000-000000000003', roles: ['OPERATOR' as const], operatorId: 'OP0003' };

describe('VerifiedTokens [#17.2]', () => {
  it('should verify a token once and answer its later uses from what it kept', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const tokens = new VerifiedTokens((t) => verifyUserToken(t, publicKey));
    const token = await signUserToken(viewer, privateKey);
    const first = await tokens.check(token);
    const again = await tokens.check(token);
    expect(again).toBe(first);
    expect(first.viewer).toMatchObject({ accountId: viewer.accountId, operatorId: 'OP0003' });
    expect(tokens.verified).toBe(1);
  });

  it('should refuse a kept token once it has expired, verifying it again', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    let now = Date.now();
    const tokens = new VerifiedTokens((t) => verifyUserToken(t, publicKey), 10, () => now);
    const token = await signUserToken(viewer, privateKey, 60);
    await tokens.check(token);
    now += 61_000;
    // The verification itself runs on the real clock here: a forged "now" would not make jose refuse, so the
    // test checks that the kept answer is not given (it is verified again, once).
    await tokens.check(token).catch(() => undefined);
    expect(tokens.verified).toBe(2);
  });

  it('should refuse a forged token every time, keeping nothing of it', async () => {
    const { publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const tokens = new VerifiedTokens((t) => verifyUserToken(t, publicKey));
    const forged = await signUserToken(viewer, other.privateKey);
    await expect(tokens.check(forged)).rejects.toThrow();
    await expect(tokens.check(forged)).rejects.toThrow();
  });

  it('should keep at most its bound of tokens', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const tokens = new VerifiedTokens((t) => verifyUserToken(t, publicKey), 2);
    const signed = await Promise.all([1, 2, 3].map(() => signUserToken(viewer, privateKey)));
    for (const t of signed) await tokens.check(t);
    await tokens.check(signed[0]!);
    expect(tokens.verified).toBe(4);
  });
});
