import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** `Algorithm.Argon2id` of @node-rs/argon2: its `Algorithm` is a `const enum`, which isolated modules cannot import. */
const ARGON2ID = 2;

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 iterations, 1 lane).
 * `@node-rs/argon2` binds RustCrypto's argon2 with a prebuilt binary for every platform
 * (no compiler at install, docs/decisions.md); hashing is not ours to write. Its PHC
 * strings are the standard encoding, so hashes made by the `argon2` package before verify
 * unchanged (accounts/password.test.ts).
 */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

/** Verified against when the login ID is unknown, so both failures take the same time. */
export const DUMMY_HASH = await hashPassword('not-a-real-password');

/**
 * An initial password: 16 characters from 96 random bits, shown once to whoever opens the
 * account and stored only as its hash; the holder must change it at first login [R11].
 */
export function generateInitialPassword(): string {
  return randomBytes(12).toString('base64url');
}
