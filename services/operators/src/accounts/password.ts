import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 iterations, 1 lane):
 * the `argon2` package binds the reference implementation; hashing is not ours to write.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
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
