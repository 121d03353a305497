import type { OperatorsContext } from '../context.ts';
import type { FacilityInput } from './facility-service.ts';

export const facilityResolvers = {
  Mutation: {
    registerFacility: (_: unknown, args: { input: FacilityInput }, ctx: OperatorsContext) => ctx.facilities.register(args.input),
  },
  Facility: {
    __resolveReference: (ref: { id: string }, ctx: OperatorsContext) => ctx.facilities.byId(ref.id),
  },
};
