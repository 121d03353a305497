import type { CasesContext } from '../context.ts';
import { isReadyToRegister } from './site-readiness.ts';
import type { SiteApprovalRecord } from './site-repository.ts';
import type { SiteApprovalInput } from './site-service.ts';

export const siteResolvers = {
  Mutation: {
    recordSiteApproval: (_: unknown, args: { input: SiteApprovalInput }, ctx: CasesContext) => ctx.sites.record(args.input),
  },
  Facility: {
    __resolveReference: (ref: { id: string }, ctx: CasesContext) => ctx.sites.facilityReference(ref.id),
    siteApproval: (f: { id: string }, _: unknown, ctx: CasesContext) => ctx.sites.approvalOf(f.id),
  },
  SiteApproval: {
    facility: (s: SiteApprovalRecord) => ({ id: s.facilityId }),
    readyToRegister: (s: SiteApprovalRecord) => isReadyToRegister(s),
    recordedAt: (s: SiteApprovalRecord) => s.recordedAt.toISOString(),
  },
};
