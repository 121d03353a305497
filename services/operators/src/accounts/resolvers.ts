import { pageRequest } from '@registry/subgraph-server';
import type { Resolvers } from '../generated/resolvers.ts';
import type { LoginResult } from './auth-service.ts';
import type { SessionResult } from './session-service.ts';

const payload = (r: LoginResult) => ({ token: r.token, expiresAt: r.expiresAt, viewer: r.account, mustChangePassword: r.mustChangePassword });
const session = (r: SessionResult) => ({ auth: payload(r.auth), refreshToken: r.refreshToken, refreshExpiresAt: r.refreshExpiresAt });

export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.people.viewerAccount(),
    // The maximum page is the `@listSize(assumedSize:)` of schema/operators/accounts.graphql.
    staffAccounts: (_, args, ctx) => ctx.accounts.listStaff(pageRequest(args, 100)),
  },
  Mutation: {
    login: async (_, args, ctx) => payload(await ctx.auth.login(args.operatorId, args.password)),
    openSession: async (_, args, ctx) => session(await ctx.sessions.open(args.operatorId, args.password)),
    refreshSession: async (_, args, ctx) => session(await ctx.sessions.refresh(args.refreshToken)),
    endSession: (_, args, ctx) => ctx.sessions.end(args.refreshToken),
    changePassword: async (_, args, ctx) =>
      payload(await ctx.auth.changePassword(args.currentPassword, args.newPassword)),
    openStaffAccount: (_, args, ctx) =>
      ctx.accounts.openStaff({ loginId: args.input.loginId, displayName: args.input.name, roles: args.input.roles, facilityId: args.input.facilityId ?? null }),
    changeStaffRoles: (_, args, ctx) => ctx.accounts.changeStaffRoles(args.loginId, args.roles),
    unlockStaffAccount: (_, args, ctx) => ctx.accounts.unlockStaff(args.loginId),
  },
  StaffAccount: {
    name: (account) => account.displayName,
    facility: (account, _, ctx) => (account.facilityId ? ctx.facilities.byId(account.facilityId) : null),
  },
  Viewer: {
    name: (account) => account.displayName,
    operator: (account, _, ctx) => (account.operatorId ? ctx.operators.find(account.operatorId) : null),
    // The site screens register and enter cases for this facility [R18].
    facility: (account, _, ctx) => (account.operatorId || !account.facilityId ? null : ctx.facilities.byId(account.facilityId)),
  },
  Person: {
    __resolveReference: (ref, ctx) => ctx.people.byId(ref.id),
    name: (account) => account.displayName,
  },
};
