import type { Resolvers } from '../generated/resolvers.ts';
import { feeStatementCsvPath } from './fee-statement-csv.ts';

export const feeResolvers: Resolvers = {
  Query: {
    feeStatement: (_, args, ctx) => ctx.fees.statement(args.facilityId, args.year),
    issuedFeeStatements: (_, args, ctx) => ctx.feeStatements.list(args.year, args.facilityId ?? undefined),
    issuedFeeStatement: (_, args, ctx) => ctx.feeStatements.byId(args.id),
  },
  Mutation: {
    issueFeeStatements: (_, args, ctx) => ctx.feeStatements.issueYear(args.year),
    correctFeeStatement: (_, args, ctx) => ctx.feeStatements.correct(args.statementId, args.reason),
  },
  FeeStatement: {
    facility: (s) => ({ id: s.facilityId }),
  },
  FeeLine: {
    case: async (l, _, ctx) => (await ctx.loaders.caseByNumber.load(l.case.registrationNumber))!,
  },
  IssuedFeeStatement: {
    facility: (s) => ({ id: s.facilityId }),
    replaces: (s, _, ctx) => (s.replaces === null ? null : ctx.feeStatements.byId(s.replaces)),
    replacedBy: (s, _, ctx) => (s.replacedById === null ? null : ctx.feeStatements.byId(s.replacedById)),
    csvPath: (s) => feeStatementCsvPath(s.id),
  },
};
