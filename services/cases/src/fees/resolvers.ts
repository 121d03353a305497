import type { CasesContext } from '../context.ts';
import type { FeeStatement } from './fee-service.ts';

export const feeResolvers = {
  Query: {
    feeStatement: (_: unknown, args: { facilityId: string; year: number }, ctx: CasesContext) => ctx.fees.statement(args.facilityId, args.year),
  },
  Mutation: {
    adoptForAnnualReport: (_: unknown, args: { registrationNumber: string; year: number }, ctx: CasesContext) =>
      ctx.fees.adopt(args.registrationNumber, args.year),
  },
  FeeStatement: {
    facility: (s: FeeStatement) => ({ id: s.facilityId }),
  },
};
