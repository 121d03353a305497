import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { siteApprovals } from '../db/schema.ts';

export type ContractStatus = 'NOT_REQUIRED' | 'PENDING' | 'SIGNED';

export interface SiteApprovalRecord {
  facilityId: string;
  ethicsApprovedOn: string;
  approvalNumber: string;
  contractStatus: ContractStatus;
  recordedBy: string;
  recordedAt: Date;
}

const columns = {
  facilityId: siteApprovals.facilityId,
  ethicsApprovedOn: siteApprovals.ethicsApprovedOn,
  approvalNumber: siteApprovals.approvalNumber,
  contractStatus: siteApprovals.contractStatus,
  recordedBy: siteApprovals.recordedBy,
  recordedAt: siteApprovals.recordedAt,
};

export class SiteRepository {
  constructor(private readonly db: Executor) {}

  async byFacilityIds(ids: readonly string[], tx: Executor = this.db): Promise<SiteApprovalRecord[]> {
    if (ids.length === 0) return [];
    const rows = await tx.select(columns).from(siteApprovals).where(inArray(siteApprovals.facilityId, [...ids]));
    return rows as SiteApprovalRecord[];
  }

  async upsert(tx: Executor, r: SiteApprovalRecord): Promise<SiteApprovalRecord> {
    await tx
      .insert(siteApprovals)
      .values(r)
      .onConflictDoUpdate({ target: siteApprovals.facilityId, set: { ethicsApprovedOn: r.ethicsApprovedOn, approvalNumber: r.approvalNumber, contractStatus: r.contractStatus, recordedBy: r.recordedBy, recordedAt: r.recordedAt } });
    const [row] = await tx.select(columns).from(siteApprovals).where(eq(siteApprovals.facilityId, r.facilityId));
    return row as SiteApprovalRecord;
  }
}
