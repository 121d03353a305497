import type { OperatorsContext } from '../context.ts';
import type { SteeringTermRecord } from './steering-repository.ts';

export const steeringResolvers = {
  Query: {
    steeringCommittee: (_: unknown, args: { currentOnly?: boolean | null }, ctx: OperatorsContext) => ctx.steering.committee(args.currentOnly ?? true),
  },
  Mutation: {
    recordSteeringTerm: (_: unknown, args: { loginId: string; startsOn: string; resolution: string }, ctx: OperatorsContext) =>
      ctx.steering.recordTerm(args.loginId, args.startsOn, args.resolution),
  },
  SteeringTerm: {
    member: (t: SteeringTermRecord, _: unknown, ctx: OperatorsContext) => ctx.people.byId(t.accountId),
  },
};
