import type { Resolvers } from '../generated/resolvers.ts';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';

/** `matters`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/matters.graphql. */
const MAX_MATTERS_PAGE = 100;

export const matterResolvers: Resolvers = {
  Query: {
    matters: (_, args, ctx) =>
      ctx.matters.list(args.status ?? undefined, pageRequest(args, MAX_MATTERS_PAGE, requireUuid)),
    matter: (_, args, ctx) => ctx.matters.get(args.id),
  },
  Mutation: {
    raiseObjection: (_, args, ctx) =>
      ctx.matters.raiseObjection(args.registrationNumber, args.grounds),
    referCriteriaQuestion: (_, args, ctx) =>
      ctx.matters.referCriteriaQuestion(args.question, args.registrationNumber ?? undefined),
    askDataCenterQuestion: (_, args, ctx) =>
      ctx.matters.askDataCenterQuestion(args.question, args.registrationNumber ?? undefined),
    screenMatter: (_, args, ctx) =>
      ctx.matters.screen(args.matterId, args.decision, args.reason ?? undefined),
    declareSession: (_, args, ctx) => ctx.matters.declareSession(args.matterId),
    postPointsAtIssue: (_, args, ctx) => ctx.matters.postPoints(args.matterId, args.points),
    relayOperatorOpinion: (_, args, ctx) => ctx.matters.relayOperatorOpinion(args.matterId, args.body),
  },
  Subscription: {
    matterStatusChanged: {
      subscribe: (_, args, ctx) =>
        ctx.matters.statusChanges(args.matterId ?? undefined, args.after ?? undefined),
    },
  },
  Case: {
    matters: (ref, _, ctx) => ctx.matters.ofCase(ref.registrationNumber),
  },
  Matter: {
    case: (m) => (m.registrationNumber ? { registrationNumber: m.registrationNumber } : null),
    raisedBy: (m) => ({ id: m.raisedByAccountId }),
    pointsAtIssue: (m, _, ctx) => ctx.matters.points(m),
    committeeThread: (m, _, ctx) => ctx.matters.committeeThread(m),
    ruling: (m, _, ctx) => ctx.rulings.ofMatter(m),
    myStanding: (m, _, ctx) => ctx.matters.standing(m),
  },
  MatterStatusChange: {
    case: (c) => (c.registrationNumber ? { registrationNumber: c.registrationNumber } : null),
  },
};
