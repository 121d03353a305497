import type { AdjudicationContext } from '../context.ts';
import type { CommitteeMemberRecord } from './committee-repository.ts';

export const committeeResolvers = {
  Query: {
    committee: () => ({}),
  },
  Committee: {
    members: (_: unknown, __: unknown, ctx: AdjudicationContext) => ctx.committee.members(),
  },
  CommitteeMember: {
    person: (m: CommitteeMemberRecord) => ({ id: m.accountId }),
  },
};
