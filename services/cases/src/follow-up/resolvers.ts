import type { Resolvers } from '../generated/resolvers.ts';
import { pageRequest } from '@registry/subgraph-server';

/** The maximum page of `followUpsDue`: its `@listSize(assumedSize:)` in schema/cases/follow-up.graphql. */
const MAX_FOLLOW_UPS_PAGE = 100;

export const followUpResolvers: Resolvers = {
  Query: {
    followUpsDue: (_, args, ctx) =>
      ctx.followUps.due(args.facilityId ?? undefined, args.asOf ?? undefined, pageRequest(args, MAX_FOLLOW_UPS_PAGE)),
  },
  Mutation: {
    recordFollowUp: (_, args, ctx) => ctx.followUps.record(args.input),
    markLostToFollowUp: (_, args, ctx) =>
      ctx.followUps.markLost(args.input),
  },
  Case: {
    followUps: (c, _, ctx) => ctx.followUps.slotsOf(c),
    lostToFollowUp: (c, _, ctx) => ctx.followUps.lostOf(c),
  },
  FollowUp: {
    enteredByOperator: (f) => f.enteredByOperatorId !== null,
  },
};
