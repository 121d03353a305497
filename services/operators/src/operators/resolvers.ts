import type { OperatorsContext } from '../context.ts';
import type { OperatorRecord } from './operator-repository.ts';

export const operatorResolvers = {
  Query: {
    certifiedOperators: (_: unknown, args: { prefecture?: string | null; facilityId?: string | null }, ctx: OperatorsContext) =>
      ctx.operators.certified({ prefecture: args.prefecture ?? undefined, facilityId: args.facilityId ?? undefined }),
  },
  Operator: {
    __resolveReference: (ref: { id: string }, ctx: OperatorsContext) => ctx.operators.byId(ref.id),
    facility: (operator: OperatorRecord, _: unknown, ctx: OperatorsContext) => ctx.facilities.byId(operator.facilityId),
  },
};
