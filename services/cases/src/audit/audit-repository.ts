import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { auditEntries, type AUDIT_ACTIONS } from '../db/schema.ts';
import { chain, GENESIS_HASH, type ChainedEntry } from './audit-chain.ts';

/** Every action of the audit trail; the list is the database column's (db/schema.ts). */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a service records; the repository numbers and chains it. */
export interface AuditItem {
  action: AuditAction;
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
}

export type AuditEntryRecord = ChainedEntry & { action: AuditAction };

const columns = {
  registrationNumber: auditEntries.registrationNumber,
  seq: auditEntries.seq,
  action: auditEntries.action,
  field: auditEntries.field,
  oldValue: auditEntries.oldValue,
  newValue: auditEntries.newValue,
  reason: auditEntries.reason,
  actorAccountId: auditEntries.actorAccountId,
  at: auditEntries.at,
  prevHash: auditEntries.prevHash,
  hash: auditEntries.hash,
};

/**
 * [T14.1] Append-only: this class inserts and reads, nothing else. The caller holds the
 * case row's lock (CaseRepository.lock), so the chain has one writer at a time.
 */
export class AuditRepository {
  constructor(private readonly db: Executor) {}

  async append(tx: Executor, registrationNumber: string, items: readonly AuditItem[], who: { actorAccountId: string; at: Date; reason: string | null }): Promise<void> {
    if (items.length === 0) return;
    const [last] = await tx
      .select({ seq: auditEntries.seq, hash: auditEntries.hash })
      .from(auditEntries)
      .where(eq(auditEntries.registrationNumber, registrationNumber))
      .orderBy(desc(auditEntries.seq))
      .limit(1);
    const first = (last?.seq ?? 0) + 1;
    const entries = chain(
      items.map((item, i) => ({
        registrationNumber,
        seq: first + i,
        action: item.action,
        field: item.field ?? null,
        oldValue: item.oldValue ?? null,
        newValue: item.newValue ?? null,
        reason: who.reason,
        actorAccountId: who.actorAccountId,
        at: who.at,
      })),
      last?.hash ?? GENESIS_HASH,
    );
    await tx.insert(auditEntries).values(entries);
  }

  /** One page of the trail, oldest first, after the entry numbered `after` (issue 15.1). */
  async page(registrationNumber: string, page: { limit: number; after: number | undefined }): Promise<AuditEntryRecord[]> {
    const rows = await this.db
      .select(columns)
      .from(auditEntries)
      .where(and(eq(auditEntries.registrationNumber, registrationNumber), page.after === undefined ? undefined : gt(auditEntries.seq, page.after)))
      .orderBy(asc(auditEntries.seq))
      .limit(page.limit);
    return rows;
  }

  /** The whole trail, for re-walking its chain. */
  async trail(registrationNumber: string, tx: Executor = this.db): Promise<AuditEntryRecord[]> {
    const rows = await tx.select(columns).from(auditEntries).where(eq(auditEntries.registrationNumber, registrationNumber)).orderBy(asc(auditEntries.seq));
    return rows;
  }
}
