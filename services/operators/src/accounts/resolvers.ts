import type { Role } from '@registry/auth';
import type { OperatorsContext } from '../context.ts';
import type { AccountRecord } from './account-repository.ts';
import type { LoginResult } from './auth-service.ts';
import type { SessionResult } from './session-service.ts';

const payload = (r: LoginResult) => ({ token: r.token, expiresAt: r.expiresAt, viewer: r.account, mustChangePassword: r.mustChangePassword });
const session = (r: SessionResult) => ({ auth: payload(r.auth), refreshToken: r.refreshToken, refreshExpiresAt: r.refreshExpiresAt });

export const accountResolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, ctx: OperatorsContext) => ctx.people.viewerAccount(),
  },
  Mutation: {
    login: async (_: unknown, args: { operatorId: string; password: string }, ctx: OperatorsContext) => payload(await ctx.auth.login(args.operatorId, args.password)),
    openSession: async (_: unknown, args: { operatorId: string; password: string }, ctx: OperatorsContext) => session(await ctx.sessions.open(args.operatorId, args.password)),
    refreshSession: async (_: unknown, args: { refreshToken: string }, ctx: OperatorsContext) => session(await ctx.sessions.refresh(args.refreshToken)),
    endSession: (_: unknown, args: { refreshToken: string }, ctx: OperatorsContext) => ctx.sessions.end(args.refreshToken),
    changePassword: async (_: unknown, args: { currentPassword: string; newPassword: string }, ctx: OperatorsContext) =>
      payload(await ctx.auth.changePassword(args.currentPassword, args.newPassword)),
    openStaffAccount: (_: unknown, args: { input: { loginId: string; name: string; roles: Role[]; facilityId?: string | null } }, ctx: OperatorsContext) =>
      ctx.accounts.openStaff({ loginId: args.input.loginId, displayName: args.input.name, roles: args.input.roles, facilityId: args.input.facilityId ?? null }),
    changeStaffRoles: (_: unknown, args: { loginId: string; roles: Role[] }, ctx: OperatorsContext) => ctx.accounts.changeStaffRoles(args.loginId, args.roles),
  },
  StaffAccount: {
    name: (account: AccountRecord) => account.displayName,
  },
  Viewer: {
    name: (account: AccountRecord) => account.displayName,
    operator: (account: AccountRecord, _: unknown, ctx: OperatorsContext) => (account.operatorId ? ctx.operators.find(account.operatorId) : null),
    // The site screens register and enter cases for this facility [R18].
    facility: (account: AccountRecord, _: unknown, ctx: OperatorsContext) => (account.operatorId || !account.facilityId ? null : ctx.facilities.byId(account.facilityId)),
  },
  Person: {
    __resolveReference: (ref: { id: string }, ctx: OperatorsContext) => ctx.people.byId(ref.id),
    name: (account: AccountRecord) => account.displayName,
  },
};
