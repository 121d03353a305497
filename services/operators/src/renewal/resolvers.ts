import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { OperatorsContext } from '../context.ts';
import type { OperatorRecord } from '../operators/operator-repository.ts';
import type { ContinuationAnswer } from './continuation-repository.ts';
import type { RenewalResultRecord, RenewalRunRecord } from './renewal-repository.ts';

type Preview = { year: number; asOf: string; results: RenewalResultRecord[] };

/** The maximum page of `AnnualRenewal.results`: its `@listSize(assumedSize:)` in schema/operators/renewal.graphql. */
const MAX_RESULTS_PAGE = 500;

export const renewalResolvers = {
  Query: {
    annualRenewal: (_: unknown, args: { year: number }, ctx: OperatorsContext) => ctx.renewals.byYear(args.year),
    annualRenewalPreview: (_: unknown, args: { year: number }, ctx: OperatorsContext) => ctx.renewals.preview(args.year),
  },
  Mutation: {
    runAnnualRenewal: (_: unknown, args: { year: number }, ctx: OperatorsContext) => ctx.renewals.run(args.year),
    answerContinuationQuestion: (_: unknown, args: { questionId: string; answer: ContinuationAnswer }, ctx: OperatorsContext) =>
      ctx.renewals.answer(args.questionId, args.answer),
  },
  AnnualRenewal: {
    results: (r: RenewalRunRecord, args: PageArgs, ctx: OperatorsContext) => ctx.renewals.resultsOf(r.year, pageRequest(args, MAX_RESULTS_PAGE)),
  },
  AnnualRenewalPreview: {
    // Computed whole (one row per certified and OB operator); the page bounds what is answered, by operator ID as the run's results.
    results: (p: Preview, args: PageArgs) => {
      const { limit, after } = pageRequest(args, MAX_RESULTS_PAGE);
      return p.results.filter((r) => after === undefined || r.operatorId > after).slice(0, limit);
    },
  },
  RenewalResult: {
    operator: (r: RenewalResultRecord, _: unknown, ctx: OperatorsContext) => ctx.operators.byId(r.operatorId),
    completedRegistrations: (r: RenewalResultRecord) => r.domestic + r.overseas,
    consecutiveYearsUnder50: (r: RenewalResultRecord) => r.leanYears,
  },
  Operator: {
    continuationQuestion: (operator: OperatorRecord, _: unknown, ctx: OperatorsContext) => ctx.renewals.pendingQuestionOf(operator.id),
  },
};
