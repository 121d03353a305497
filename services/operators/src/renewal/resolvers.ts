import type { Resolvers } from '../generated/resolvers.ts';
import { pageRequest } from '@registry/subgraph-server';

/** The maximum page of `AnnualRenewal.results`: its `@listSize(assumedSize:)` in schema/operators/renewal.graphql. */
const MAX_RESULTS_PAGE = 500;

export const renewalResolvers: Resolvers = {
  Query: {
    annualRenewal: (_, args, ctx) => ctx.renewals.byYear(args.year),
  },
  Mutation: {
    runAnnualRenewal: (_, args, ctx) => ctx.renewals.run(args.year),
    answerContinuationQuestion: (_, args, ctx) =>
      ctx.renewals.answer(args.questionId, args.answer),
  },
  AnnualRenewal: {
    results: (r, args, ctx) => ctx.renewals.resultsOf(r.year, pageRequest(args, MAX_RESULTS_PAGE)),
  },
  RenewalResult: {
    operator: (r, _, ctx) => ctx.operators.byId(r.operatorId),
    completedRegistrations: (r) => r.domestic + r.overseas,
    consecutiveYearsUnder50: (r) => r.leanYears,
  },
  Operator: {
    continuationQuestion: (operator, _, ctx) => ctx.renewals.pendingQuestionOf(operator.id),
  },
};
