import type { Resolvers } from '../generated/resolvers.ts';
import { pageRequest } from '@registry/subgraph-server';

/** The maximum page of `AnnualRenewal.results`: its `@listSize(assumedSize:)` in schema/operators/renewal.graphql. */
const MAX_RESULTS_PAGE = 500;

export const renewalResolvers: Resolvers = {
  Query: {
    annualRenewal: (_, args, ctx) => ctx.renewals.byYear(args.year),
    annualRenewalPreview: (_, args, ctx) => ctx.renewals.preview(args.year),
  },
  Mutation: {
    runAnnualRenewal: (_, args, ctx) => ctx.renewals.run(args.year),
    answerContinuationQuestion: (_, args, ctx) =>
      ctx.renewals.answer(args.questionId, args.answer),
  },
  AnnualRenewal: {
    results: (r, args, ctx) => ctx.renewals.resultsOf(r.year, pageRequest(args, MAX_RESULTS_PAGE)),
  },
  AnnualRenewalPreview: {
    // Computed whole (one row per certified and OB operator); the page bounds what is answered, by operator ID as the run's results.
    results: (p, args) => {
      const { limit, after } = pageRequest(args, MAX_RESULTS_PAGE);
      return p.results.filter((r) => after === undefined || r.operatorId > after).slice(0, limit);
    },
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
