import type { Resolvers } from '../generated/resolvers.ts';
import { isReadyToRegister } from './site-readiness.ts';

export const siteResolvers: Resolvers = {
  Mutation: {
    recordSiteApproval: (_, args, ctx) => ctx.sites.record(args.input),
  },
  Facility: {
    __resolveReference: (ref, ctx) => ctx.sites.facilityReference(ref.id),
    siteApproval: (f, _, ctx) => ctx.sites.approvalOf(f.id),
  },
  SiteApproval: {
    facility: (s) => ({ id: s.facilityId }),
    readyToRegister: (s) => isReadyToRegister(s),
  },
};
