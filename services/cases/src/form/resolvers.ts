import type { Resolvers } from '../generated/resolvers.ts';

export const formResolvers: Resolvers = {
  Mutation: {
    saveCaseReportForm: (_, args, ctx) => ctx.forms.save(args.input),
    submitCaseReportForm: (_, args, ctx) => ctx.forms.submit(args.registrationNumber),
    signCaseReportForm: (_, args, ctx) => ctx.forms.sign(args.input),
    lockCaseReportForm: (_, args, ctx) =>
      ctx.forms.lock(args.registrationNumber, args.reason ?? null),
  },
  Case: {
    caseReportForm: (c, _, ctx) => ctx.forms.form(c),
  },
  CaseReportForm: {
    background: (f) => f.BACKGROUND ?? null,
    lesion: (f) => f.LESION ?? null,
    procedure: (f) => f.PROCEDURE ?? null,
    outcome: (f) => f.OUTCOME ?? null,
    judgement: (f) => f.JUDGEMENT ?? null,
  },
  Procedure: {
    successfulStrategy: (p) => p.strategies.find((s) => s.crossed)?.strategy ?? null,
  },
  Signature: {
    signer: (s) => ({ id: s.accountId }),
    operator: (s) => ({ id: s.operatorId }),
    valid: (s) => s.voidedAt === null,
  },
};
