import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { OperatorsContext } from '../context.ts';
import type { OperatorRecord, StatusHistoryRecord } from './operator-repository.ts';

/** `certifiedOperators`' maximum page: its `@listSize(assumedSize:)` in schema/operators/operators.graphql. */
const MAX_CERTIFIED_PAGE = 500;

export const operatorResolvers = {
  Query: {
    certifiedOperators: (_: unknown, args: { prefecture?: string | null; facilityId?: string | null } & PageArgs, ctx: OperatorsContext) =>
      ctx.operators.certified({ prefecture: args.prefecture ?? undefined, facilityId: args.facilityId ?? undefined }, pageRequest(args, MAX_CERTIFIED_PAGE)),
    certifiedOperatorsUpdatedOn: (_: unknown, __: unknown, ctx: OperatorsContext) => ctx.operators.listUpdatedOn(),
    operator: (_: unknown, args: { id: string }, ctx: OperatorsContext) => ctx.operators.find(args.id),
  },
  Operator: {
    __resolveReference: (ref: { id: string }, ctx: OperatorsContext) => ctx.operators.byId(ref.id),
    facility: (operator: OperatorRecord, _: unknown, ctx: OperatorsContext) => ctx.facilities.byId(operator.facilityId),
    statusHistory: (operator: OperatorRecord, _: unknown, ctx: OperatorsContext) => ctx.operators.history(operator.id),
  },
  StatusChange: {
    decidedBy: (change: StatusHistoryRecord, _: unknown, ctx: OperatorsContext) => (change.decidedBy ? ctx.people.find(change.decidedBy) : null),
  },
};
