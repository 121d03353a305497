import type { Resolvers } from '../generated/resolvers.ts';

export const steeringResolvers: Resolvers = {
  Query: {
    steeringCommittee: (_, args, ctx) => ctx.steering.committee(args.currentOnly ?? true),
  },
  Mutation: {
    recordSteeringTerm: (_, args, ctx) =>
      ctx.steering.recordTerm(args.loginId, args.startsOn, args.resolution),
  },
  SteeringTerm: {
    member: (t, _, ctx) => ctx.people.byId(t.accountId),
  },
};
