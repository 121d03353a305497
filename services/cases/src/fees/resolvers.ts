import type { Resolvers } from '../generated/resolvers.ts';

export const feeResolvers: Resolvers = {
  Query: {
    feeStatement: (_, args, ctx) => ctx.fees.statement(args.facilityId, args.year),
  },
  FeeStatement: {
    facility: (s) => ({ id: s.facilityId }),
  },
};
