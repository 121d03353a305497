import type { OperatorsContext } from '../context.ts';
import type { AccountRecord } from './account-repository.ts';

export const accountResolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, ctx: OperatorsContext) => ctx.people.viewerAccount(),
  },
  Mutation: {
    login: async (_: unknown, args: { operatorId: string; password: string }, ctx: OperatorsContext) => {
      const result = await ctx.auth.login(args.operatorId, args.password);
      return { token: result.token, expiresAt: result.expiresAt, viewer: result.account };
    },
  },
  Viewer: {
    name: (account: AccountRecord) => account.displayName,
    operator: (account: AccountRecord) => account.operatorId && { id: account.operatorId },
  },
  Person: {
    __resolveReference: (ref: { id: string }, ctx: OperatorsContext) => ctx.people.byId(ref.id),
    name: (account: AccountRecord) => account.displayName,
  },
};
