import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { FollowUpRecord } from './follow-up-repository.ts';
import type { RecordFollowUpInput } from './follow-up-service.ts';

/** The maximum page of `followUpsDue`: its `@listSize(assumedSize:)` in schema/cases/follow-up.graphql. */
const MAX_FOLLOW_UPS_PAGE = 100;

export const followUpResolvers = {
  Query: {
    followUpsDue: (_: unknown, args: { facilityId?: string | null; asOf?: string | null } & PageArgs, ctx: CasesContext) =>
      ctx.followUps.due(args.facilityId ?? undefined, args.asOf ?? undefined, pageRequest(args, MAX_FOLLOW_UPS_PAGE)),
  },
  Mutation: {
    recordFollowUp: (_: unknown, args: { input: RecordFollowUpInput }, ctx: CasesContext) => ctx.followUps.record(args.input),
    markLostToFollowUp: (_: unknown, args: { input: { registrationNumber: string; on: string; reason: string } }, ctx: CasesContext) =>
      ctx.followUps.markLost(args.input),
  },
  Case: {
    followUps: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.followUps.slotsOf(c),
    lostToFollowUp: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.followUps.lostOf(c),
  },
  FollowUp: {
    enteredByOperator: (f: FollowUpRecord) => f.enteredByOperatorId !== null,
    recordedAt: (f: FollowUpRecord) => f.recordedAt.toISOString(),
  },
};
