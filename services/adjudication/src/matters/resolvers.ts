import { requireUuid } from '@registry/errors';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { MatterStatusChanged } from './matter-events.ts';
import type { MatterRecord } from './matter-repository.ts';
import type { MatterStatus, ScreeningDecision } from './matter-status.ts';

type Ctx = AdjudicationContext;

/** `matters`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/matters.graphql. */
const MAX_MATTERS_PAGE = 100;

export const matterResolvers = {
  Query: {
    matters: (_: unknown, args: { status?: MatterStatus | null } & PageArgs, ctx: Ctx) =>
      ctx.matters.list(args.status ?? undefined, pageRequest(args, MAX_MATTERS_PAGE, requireUuid)),
    matter: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.matters.get(args.id),
  },
  Mutation: {
    raiseObjection: (_: unknown, args: { registrationNumber: string; grounds: string }, ctx: Ctx) =>
      ctx.matters.raiseObjection(args.registrationNumber, args.grounds),
    referCriteriaQuestion: (_: unknown, args: { question: string; registrationNumber?: string | null }, ctx: Ctx) =>
      ctx.matters.referCriteriaQuestion(args.question, args.registrationNumber ?? undefined),
    askDataCenterQuestion: (_: unknown, args: { question: string; registrationNumber?: string | null }, ctx: Ctx) =>
      ctx.matters.askDataCenterQuestion(args.question, args.registrationNumber ?? undefined),
    screenMatter: (_: unknown, args: { matterId: string; decision: ScreeningDecision; reason?: string | null }, ctx: Ctx) =>
      ctx.matters.screen(args.matterId, args.decision, args.reason ?? undefined),
    declareSession: (_: unknown, args: { matterId: string }, ctx: Ctx) => ctx.matters.declareSession(args.matterId),
    postPointsAtIssue: (_: unknown, args: { matterId: string; points: string[] }, ctx: Ctx) => ctx.matters.postPoints(args.matterId, args.points),
    relayOperatorOpinion: (_: unknown, args: { matterId: string; body: string }, ctx: Ctx) => ctx.matters.relayOperatorOpinion(args.matterId, args.body),
  },
  Subscription: {
    matterStatusChanged: {
      subscribe: (_: unknown, args: { matterId?: string | null; after?: string | null }, ctx: Ctx) =>
        ctx.matters.statusChanges(args.matterId ?? undefined, args.after ?? undefined),
    },
  },
  Case: {
    matters: (ref: { registrationNumber: string }, _: unknown, ctx: Ctx) => ctx.matters.ofCase(ref.registrationNumber),
  },
  Matter: {
    case: (m: MatterRecord) => (m.registrationNumber ? { registrationNumber: m.registrationNumber } : null),
    raisedBy: (m: MatterRecord) => ({ id: m.raisedByAccountId }),
    createdAt: (m: MatterRecord) => iso(m.createdAt),
    screenedAt: (m: MatterRecord) => iso(m.screenedAt),
    sessionDeclaredAt: (m: MatterRecord) => iso(m.sessionDeclaredAt),
    decidedAt: (m: MatterRecord) => iso(m.decidedAt),
    pointsAtIssue: (m: MatterRecord, _: unknown, ctx: Ctx) => ctx.matters.points(m),
    committeeThread: (m: MatterRecord, _: unknown, ctx: Ctx) => ctx.matters.committeeThread(m),
    ruling: (m: MatterRecord, _: unknown, ctx: Ctx) => ctx.rulings.ofMatter(m),
    myStanding: (m: MatterRecord, _: unknown, ctx: Ctx) => ctx.matters.standing(m),
  },
  MatterStatusChange: {
    case: (c: MatterStatusChanged) => (c.registrationNumber ? { registrationNumber: c.registrationNumber } : null),
  },
};
