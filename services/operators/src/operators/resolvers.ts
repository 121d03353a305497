import type { Resolvers } from '../generated/resolvers.ts';
import { pageRequest } from '@registry/subgraph-server';

/** `certifiedOperators`' maximum page: its `@listSize(assumedSize:)` in schema/operators/operators.graphql. */
const MAX_CERTIFIED_PAGE = 500;

export const operatorResolvers: Resolvers = {
  Query: {
    certifiedOperators: (_, args, ctx) =>
      ctx.operators.certified({ prefecture: args.prefecture ?? undefined, facilityId: args.facilityId ?? undefined }, pageRequest(args, MAX_CERTIFIED_PAGE)),
    certifiedOperatorsUpdatedOn: (_, __, ctx) => ctx.operators.listUpdatedOn(),
    operator: (_, args, ctx) => ctx.operators.find(args.id),
  },
  Operator: {
    __resolveReference: (ref, ctx) => ctx.operators.byId(ref.id),
    facility: (operator, _, ctx) => ctx.facilities.byId(operator.facilityId),
    statusHistory: (operator, _, ctx) => ctx.operators.history(operator.id),
  },
  StatusChange: {
    decidedBy: (change, _, ctx) => (change.decidedBy ? ctx.people.find(change.decidedBy) : null),
  },
};
