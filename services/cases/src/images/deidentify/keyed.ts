import { createHmac } from 'node:crypto';

/**
 * The keyed functions of de-identification [R31]. A registry secret keys an HMAC-SHA256,
 * so nobody without the secret can recompute a mapping from a known original UID (an
 * unkeyed hash of a UID is a dictionary lookup away from the original).
 */
export interface CaseKeys {
  /** The same original UID gives the same new UID in every file of the case. */
  uid(original: string): string;
  /** A keyed fingerprint of an identifier, for records that must not hold it. */
  fingerprint(value: string): string;
  /** Whole days every date of the case moves back (1–365). */
  readonly dateShiftDays: number;
}

function hmac(secret: Buffer, label: string, ...parts: string[]): Buffer {
  const h = createHmac('sha256', secret).update(label);
  for (const p of parts) h.update('\0').update(p);
  return h.digest();
}

/**
 * `2.25.` + the decimal of 128 HMAC bits shaped as an RFC 9562 version-8 UUID, as
 * ITU-T X.667 defines 2.25 UIDs: at most 44 characters, well inside the 64 allowed.
 */
export function keyedUid(secret: Buffer, registrationNumber: string, original: string): string {
  const bytes = Buffer.from(hmac(secret, 'uid', registrationNumber, original).subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return `2.25.${BigInt(`0x${bytes.toString('hex')}`).toString(10)}`;
}

export function caseKeys(secret: Buffer, registrationNumber: string): CaseKeys {
  const memo = new Map<string, string>();
  return {
    uid(original) {
      let mapped = memo.get(original);
      if (!mapped) {
        mapped = keyedUid(secret, registrationNumber, original);
        memo.set(original, mapped);
      }
      return mapped;
    },
    fingerprint: (value) => hmac(secret, 'fingerprint', registrationNumber, value).toString('hex').slice(0, 32),
    dateShiftDays: 1 + (hmac(secret, 'date-shift', registrationNumber).readUInt32BE(0) % 365),
  };
}
