import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { VoteChoice } from './tally.ts';
import type { RoundView } from './voting-service.ts';
import type { PointRecord } from '../matters/matter-repository.ts';
import type { VoteRecord } from './vote-repository.ts';

type Ctx = AdjudicationContext;

export const votingResolvers = {
  Mutation: {
    castVote: (_: unknown, args: { pointId: string; choice: VoteChoice }, ctx: Ctx) => ctx.voting.castVote(args.pointId, args.choice),
    callSecondRound: (_: unknown, args: { pointId: string }, ctx: Ctx) => ctx.voting.callSecondRound(args.pointId),
    closeVotingRound: (_: unknown, args: { pointId: string }, ctx: Ctx) => ctx.voting.closeRound(args.pointId),
  },
  Subscription: {
    matterTallyUpdated: {
      subscribe: (_: unknown, args: { matterId: string; after?: string | null }, ctx: Ctx) => ctx.voting.tallyUpdates(args.matterId, args.after ?? undefined),
    },
  },
  PointAtIssue: {
    rounds: (p: PointRecord, _: unknown, ctx: Ctx) => ctx.voting.rounds(p),
    myVote: (p: PointRecord, _: unknown, ctx: Ctx) => ctx.voting.myVote(p),
  },
  VotingRound: {
    round: (r: RoundView) => r.round.round,
    closed: (r: RoundView) => r.round.closedAt !== null,
    outcome: (r: RoundView) => r.round.outcome,
  },
  Vote: {
    member: (v: VoteRecord) => ({ id: v.memberAccountId }),
    castAt: (v: VoteRecord) => iso(v.castAt),
  },
};
