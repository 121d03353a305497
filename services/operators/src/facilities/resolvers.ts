import type { Resolvers } from '../generated/resolvers.ts';

export const facilityResolvers: Resolvers = {
  Mutation: {
    registerFacility: (_, args, ctx) => ctx.facilities.register(args.input),
  },
  Facility: {
    __resolveReference: (ref, ctx) => ctx.facilities.byId(ref.id),
  },
};
