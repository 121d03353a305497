import type { OperatorsContext } from '../context.ts';

export const facilityResolvers = {
  Facility: {
    __resolveReference: (ref: { id: string }, ctx: OperatorsContext) => ctx.facilities.byId(ref.id),
  },
};
