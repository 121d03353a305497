import type { Resolvers } from '../generated/resolvers.ts';

export const committeeResolvers: Resolvers = {
  Query: {
    committee: () => ({}),
  },
  Mutation: {
    appointCommitteeMember: async (_, args, ctx) => {
      await ctx.committee.appoint(args.input);
      return {};
    },
    removeCommitteeMember: async (_, args, ctx) => {
      await ctx.committee.remove(args.accountId);
      return {};
    },
  },
  Committee: {
    members: (_, __, ctx) => ctx.committee.members(),
    shortfalls: (_, __, ctx) => ctx.committee.shortfalls(),
  },
  CommitteeMember: {
    person: (m) => ({ id: m.accountId }),
    operatorId: (m) => m.operatorId ?? null,
  },
};
