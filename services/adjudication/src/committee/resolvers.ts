import type { AdjudicationContext } from '../context.ts';
import type { AppointInput } from './committee-service.ts';
import type { CommitteeMemberRecord } from './committee-repository.ts';

export const committeeResolvers = {
  Query: {
    committee: () => ({}),
  },
  Mutation: {
    appointCommitteeMember: async (_: unknown, args: { input: AppointInput }, ctx: AdjudicationContext) => {
      await ctx.committee.appoint(args.input);
      return {};
    },
    removeCommitteeMember: async (_: unknown, args: { accountId: string }, ctx: AdjudicationContext) => {
      await ctx.committee.remove(args.accountId);
      return {};
    },
  },
  Committee: {
    members: (_: unknown, __: unknown, ctx: AdjudicationContext) => ctx.committee.members(),
    shortfalls: (_: unknown, __: unknown, ctx: AdjudicationContext) => ctx.committee.shortfalls(),
  },
  CommitteeMember: {
    person: (m: CommitteeMemberRecord) => ({ id: m.accountId }),
    operatorId: (m: CommitteeMemberRecord) => m.operatorId ?? null,
  },
};
