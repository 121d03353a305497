import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

/** Made by the `argon2` package (the reference binding) with the registry's settings before the move to @node-rs/argon2. */
const HASH_FROM_REFERENCE_BINDING = '$argon2id$v=19$m=19456,p=1,t=2$TYNmMEg5I1kzGjWhAdItKw$ewAJZjmRbbUtPF1EIUOgksai6y7aCjowpFRkhmwxb/8';

describe('password hashing', () => {
  it('should verify a password hashed by the reference argon2 binding, so stored accounts keep logging in', async () => {
    expect(await verifyPassword(HASH_FROM_REFERENCE_BINDING, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(HASH_FROM_REFERENCE_BINDING, 'correct horse battery stapler')).toBe(false);
  });

  it("should hash with argon2id at OWASP's setting (19 MiB, 2 passes, 1 lane) and a fresh salt each time", async () => {
    const first = await hashPassword('same password');
    const second = await hashPassword('same password');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'same password')).toBe(true);
    expect(await verifyPassword(second, 'another password')).toBe(false);
  });

  it('should answer false, not throw, for a stored value that is not a hash', async () => {
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
