import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { siteApprovals, type CONTRACT_STATUSES } from '../db/schema.ts';

export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** A site's approvals as their table holds them. */
export type SiteApprovalRecord = typeof siteApprovals.$inferSelect;

export class SiteRepository {
  constructor(private readonly db: Executor) {}

  async byFacilityIds(ids: readonly string[], tx: Executor = this.db): Promise<SiteApprovalRecord[]> {
    if (ids.length === 0) return [];
    const rows = await tx.select().from(siteApprovals).where(inArray(siteApprovals.facilityId, [...ids]));
    return rows;
  }

  async upsert(tx: Executor, r: SiteApprovalRecord): Promise<SiteApprovalRecord> {
    await tx
      .insert(siteApprovals)
      .values(r)
      .onConflictDoUpdate({ target: siteApprovals.facilityId, set: { ethicsApprovedOn: r.ethicsApprovedOn, approvalNumber: r.approvalNumber, contractStatus: r.contractStatus, recordedBy: r.recordedBy, recordedAt: r.recordedAt } });
    const [row] = await tx.select().from(siteApprovals).where(eq(siteApprovals.facilityId, r.facilityId));
    return row!;
  }
}
