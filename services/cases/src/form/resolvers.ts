import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import { iso } from '../shared/format.ts';
import type { SignatureRecord } from '../signatures/signature-repository.ts';
import type { Procedure } from './crf-sections.ts';
import type { CaseReportFormView, SaveCaseReportFormInput, SignInput } from './form-service.ts';

export const formResolvers = {
  Mutation: {
    saveCaseReportForm: (_: unknown, args: { input: SaveCaseReportFormInput }, ctx: CasesContext) => ctx.forms.save(args.input),
    submitCaseReportForm: (_: unknown, args: { registrationNumber: string }, ctx: CasesContext) => ctx.forms.submit(args.registrationNumber),
    signCaseReportForm: (_: unknown, args: { input: SignInput }, ctx: CasesContext) => ctx.forms.sign(args.input),
    lockCaseReportForm: (_: unknown, args: { registrationNumber: string; reason?: string | null }, ctx: CasesContext) =>
      ctx.forms.lock(args.registrationNumber, args.reason ?? null),
  },
  Case: {
    caseReportForm: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.forms.form(c),
  },
  CaseReportForm: {
    background: (f: CaseReportFormView) => f.BACKGROUND ?? null,
    lesion: (f: CaseReportFormView) => f.LESION ?? null,
    procedure: (f: CaseReportFormView) => f.PROCEDURE ?? null,
    outcome: (f: CaseReportFormView) => f.OUTCOME ?? null,
    judgement: (f: CaseReportFormView) => f.JUDGEMENT ?? null,
    submittedAt: (f: CaseReportFormView) => iso(f.submittedAt),
    lockedAt: (f: CaseReportFormView) => iso(f.lockedAt),
  },
  Procedure: {
    successfulStrategy: (p: Procedure) => p.strategies.find((s) => s.crossed)?.strategy ?? null,
  },
  Signature: {
    signer: (s: SignatureRecord) => ({ id: s.accountId }),
    operator: (s: SignatureRecord) => ({ id: s.operatorId }),
    signedAt: (s: SignatureRecord) => s.signedAt.toISOString(),
    valid: (s: SignatureRecord) => s.voidedAt === null,
    voidedAt: (s: SignatureRecord) => iso(s.voidedAt),
  },
};
