import { z } from 'zod';
import { can, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import { actorOf, isOfFacility } from '../cases/case-policy.ts';
import type { Loaders } from '../loaders.ts';
import type { Repositories } from '../repositories.ts';
import { isoDay, pastDate } from '../shared/dates.ts';
import { text } from '../shared/text.ts';
import { parseInput } from '../shared/refusals.ts';
import { assertKnownFacility } from '../roster/roster-checks.ts';
import type { ContractStatus, SiteApprovalRecord } from './site-repository.ts';

export interface SiteApprovalInput {
  facilityId: string;
  ethicsApprovedOn: string;
  approvalNumber: string;
  contractStatus: ContractStatus;
}


export class SiteService {
  constructor(
    private readonly viewer: Viewer,
    private readonly uow: CasesUnitOfWork,
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly now: () => Date,
  ) {}

  /** The core lab never resolves a facility [R25][R33]. */
  async facilityReference(id: string): Promise<{ id: string }> {
    if (isCoreLab(this.viewer)) throw forbidden('The core lab reads blind and never sees a facility');
    return { id };
  }

  async approvalOf(facilityId: string): Promise<SiteApprovalRecord | null> {
    if (!can(this.viewer, 'site:read') && !isOfFacility(this.viewer, facilityId)) return null;
    return (await this.loaders.siteByFacility.load(facilityId)) ?? null;
  }

  /**
   * [R17] The secretariat records the ethics approval and the contract status, for a
   * facility the operators subgraph has announced (`FacilityRegistered`).
   */
  async record(input: SiteApprovalInput): Promise<SiteApprovalRecord> {
    if (this.viewer.roles.length === 0) throw unauthenticated();
    if (!can(this.viewer, 'site:approve')) throw forbidden('Site approvals are recorded by the secretariat');
    const actor = actorOf(this.viewer);
    const now = this.now();
    const valid = parseInput(
      z.object({
        facilityId: z.string().regex(/^F\d{3,}$/, 'A facility id looks like F001'),
        ethicsApprovedOn: pastDate(isoDay(now)),
        approvalNumber: text(60),
        contractStatus: z.enum(['NOT_REQUIRED', 'PENDING', 'SIGNED']),
      }),
      input,
      ['input'],
    );
    return this.uow.run(async ({ tx }) => {
      await assertKnownFacility(tx, this.repos.roster, valid.facilityId, ['input']);
      return this.repos.sites.upsert(tx, { ...valid, recordedBy: actor, recordedAt: now });
    });
  }
}
