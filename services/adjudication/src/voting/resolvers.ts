import type { Resolvers } from '../generated/resolvers.ts';

export const votingResolvers: Resolvers = {
  Mutation: {
    castVote: (_, args, ctx) => ctx.voting.castVote(args.pointId, args.choice),
    callSecondRound: (_, args, ctx) => ctx.voting.callSecondRound(args.pointId),
    closeVotingRound: (_, args, ctx) => ctx.voting.closeRound(args.pointId),
  },
  Subscription: {
    matterTallyUpdated: {
      subscribe: (_, args, ctx) => ctx.voting.tallyUpdates(args.matterId, args.after ?? undefined),
    },
  },
  PointAtIssue: {
    rounds: (p, _, ctx) => ctx.voting.rounds(p),
    myVote: (p, _, ctx) => ctx.voting.myVote(p),
  },
  VotingRound: {
    round: (r) => r.round.round,
    closed: (r) => r.round.closedAt !== null,
    outcome: (r) => r.round.outcome,
  },
  Vote: {
    member: (v) => ({ id: v.memberAccountId }),
  },
};
