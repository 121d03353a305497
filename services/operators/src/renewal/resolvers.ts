import type { OperatorsContext } from '../context.ts';
import type { OperatorRecord } from '../operators/operator-repository.ts';
import type { ContinuationAnswer } from './continuation-repository.ts';
import type { RenewalResultRecord } from './renewal-repository.ts';

export const renewalResolvers = {
  Query: {
    annualRenewal: (_: unknown, args: { year: number }, ctx: OperatorsContext) => ctx.renewals.byYear(args.year),
  },
  Mutation: {
    runAnnualRenewal: (_: unknown, args: { year: number }, ctx: OperatorsContext) => ctx.renewals.run(args.year),
    answerContinuationQuestion: (_: unknown, args: { questionId: string; answer: ContinuationAnswer }, ctx: OperatorsContext) =>
      ctx.renewals.answer(args.questionId, args.answer),
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
