import { z } from 'zod';
import { can, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import { actorOf, isOfFacility } from '../cases/case-policy.ts';
import type { LoadersNamed } from '../loaders.ts';
import { isoDay, pastDate } from '../shared/dates.ts';
import { text } from '../shared/text.ts';
import { parseInput } from '../shared/refusals.ts';
import { assertKnownFacility } from '../roster/roster-checks.ts';
import type { ContractStatus, SiteApprovalRecord, SiteRepository } from './site-repository.ts';
import type { RosterRepository } from '../roster/roster-repository.ts';

export interface SiteApprovalInput {
  facilityId: string;
  ethicsApprovedOn: string;
  approvalNumber: string;
  contractStatus: ContractStatus;
}


/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const siteServiceLoaders = ['siteByFacility'] as const;

/** What SiteService works with, each named [#14.7]. */
export interface SiteServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  loaders: LoadersNamed<typeof siteServiceLoaders>;
  roster: RosterRepository;
  sites: SiteRepository;
}

export class SiteService {
  constructor(private readonly deps: SiteServiceDeps) {}

  /** The core lab never resolves a facility [R25][R33]. */
  async facilityReference(id: string): Promise<{ id: string }> {
    if (isCoreLab(this.deps.viewer)) throw forbidden('The core lab reads blind and never sees a facility');
    return { id };
  }

  async approvalOf(facilityId: string): Promise<SiteApprovalRecord | null> {
    if (!can(this.deps.viewer, 'site:read') && !isOfFacility(this.deps.viewer, facilityId)) return null;
    return (await this.deps.loaders.siteByFacility.load(facilityId)) ?? null;
  }

  /**
   * [R17] The secretariat records the ethics approval and the contract status, for a
   * facility the operators subgraph has announced (`FacilityRegistered`).
   */
  async record(input: SiteApprovalInput): Promise<SiteApprovalRecord> {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (!can(this.deps.viewer, 'site:approve')) throw forbidden('Site approvals are recorded by the secretariat');
    const actor = actorOf(this.deps.viewer);
    // The ethics approval is not in the future at the unit's one instant, the instant it is recorded at.
    return this.deps.uow.run(async ({ tx, now }) => {
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
      await assertKnownFacility(tx, this.deps.roster, valid.facilityId, ['input']);
      return this.deps.sites.upsert(tx, { ...valid, recordedBy: actor, recordedAt: now });
    });
  }
}
