import { createHash } from 'node:crypto';

/**
 * [T14.1] The audit trail is tamper-evident: each entry's hash covers its content and the
 * previous entry's hash, one chain per case. Changing, removing or reordering any stored
 * entry breaks the chain at exactly that entry.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  registrationNumber: string;
  seq: number;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  actorAccountId: string;
  at: Date;
}

export interface ChainedEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

export function entryHash(content: AuditContent, prevHash: string): string {
  const canonical = JSON.stringify([
    content.registrationNumber,
    content.seq,
    content.action,
    content.field,
    content.oldValue,
    content.newValue,
    content.reason,
    content.actorAccountId,
    content.at.toISOString(),
    prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Chains new entries after the last stored hash. */
export function chain<T extends AuditContent>(contents: readonly T[], lastHash: string): (T & ChainedEntry)[] {
  let prevHash = lastHash;
  return contents.map((c) => {
    const hash = entryHash(c, prevHash);
    const entry = { ...c, prevHash, hash };
    prevHash = hash;
    return entry;
  });
}

export interface ChainVerification {
  intact: boolean;
  checkedEntries: number;
  /** The sequence number of the first entry whose content or link does not verify. */
  firstAlteredSeq: number | null;
}

/** Walks a case's entries in order; the first one that does not verify is reported. */
export function verifyChain(entries: readonly ChainedEntry[]): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prevHash || entryHash(e, e.prevHash) !== e.hash) {
      return { intact: false, checkedEntries: entries.length, firstAlteredSeq: e.seq };
    }
    prevHash = e.hash;
  }
  return { intact: true, checkedEntries: entries.length, firstAlteredSeq: null };
}
