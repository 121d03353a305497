import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import { localDateOf } from '@registry/calendar';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { CoreLabCaseRecord, ReadRecord, ResultRecord } from './core-lab-repository.ts';
import type { OfficialResultNotice } from './core-lab-events.ts';
import type { OfficialResultView } from './official-result-service.ts';
import { summarize } from './official-summary.ts';
import { jctoScore, JUDGEMENT_FIELDS, type CoreLabJudgement } from './read-fields.ts';

const iso = (d: Date) => d.toISOString();

/** The maximum page of `coreLabWorklist` and `overdueCoreLabCases`: their `@listSize(assumedSize:)` in schema/cases/core-lab.graphql. */
const MAX_CORE_LAB_PAGE = 100;

export const coreLabResolvers = {
  Query: {
    coreLabWorklist: (_: unknown, args: PageArgs, ctx: CasesContext) => ctx.coreLab.worklist(pageRequest(args, MAX_CORE_LAB_PAGE)),
    coreLabCase: (_: unknown, args: { registrationNumber: string }, ctx: CasesContext) => ctx.coreLab.case(args.registrationNumber),
    overdueCoreLabCases: (_: unknown, args: PageArgs, ctx: CasesContext) => ctx.coreLab.overdue(pageRequest(args, MAX_CORE_LAB_PAGE)),
    coreLabAgreement: (_: unknown, __: unknown, ctx: CasesContext) => ctx.coreLab.agreement(),
  },
  Mutation: {
    enrolInCoreLab: async (_: unknown, __: unknown, ctx: CasesContext) => {
      await ctx.coreLab.enrol();
      return true;
    },
    assignCoreLabReaders: (_: unknown, args: { registrationNumber: string; readerIds?: string[] | null }, ctx: CasesContext) =>
      ctx.coreLab.assign(args.registrationNumber, args.readerIds ?? undefined),
    replaceCoreLabReader: (_: unknown, args: { registrationNumber: string; readerId: string; replacementId?: string | null; reason: string }, ctx: CasesContext) =>
      ctx.coreLab.replaceReader(args.registrationNumber, args.readerId, args.replacementId ?? undefined, args.reason),
    submitCoreLabRead: (_: unknown, args: { registrationNumber: string; judgement: CoreLabJudgement }, ctx: CasesContext) =>
      ctx.coreLab.submitRead(args.registrationNumber, args.judgement),
    resolveCoreLabDiscordance: (_: unknown, args: { registrationNumber: string; decisions: Partial<CoreLabJudgement> }, ctx: CasesContext) =>
      ctx.coreLab.resolveDiscordance(args.registrationNumber, Object.fromEntries(Object.entries(args.decisions).filter(([, v]) => v !== null && v !== undefined))),
  },
  Subscription: {
    officialResultRecorded: {
      subscribe: (_: unknown, args: { after?: string | null }, ctx: CasesContext) => ctx.officialResults.live(args.after ?? undefined),
    },
  },
  CoreLabCase: {
    notifiedAt: (c: CoreLabCaseRecord) => iso(c.notifiedAt),
    overdue: (c: CoreLabCaseRecord, _: unknown, ctx: CasesContext) => c.status !== 'FINAL' && c.dueOn < localDateOf(ctx.now()),
    assignments: (c: CoreLabCaseRecord, _: unknown, ctx: CasesContext) =>
      ctx.coreLab.canSupervise() ? ctx.coreLab.assignments(c.registrationNumber) : null,
    reads: (c: CoreLabCaseRecord, _: unknown, ctx: CasesContext) => ctx.coreLab.readsVisible(c.registrationNumber),
    discordantFields: (c: CoreLabCaseRecord, _: unknown, ctx: CasesContext) =>
      ctx.coreLab.canSupervise() ? ctx.coreLab.discordantFields(c.registrationNumber) : null,
    result: (c: CoreLabCaseRecord, _: unknown, ctx: CasesContext) => ctx.coreLab.result(c.registrationNumber),
  },
  CoreLabAssignment: {
    readerId: (a: { readerAccountId: string }) => a.readerAccountId,
    assignedAt: (a: { assignedAt: Date }) => iso(a.assignedAt),
  },
  CoreLabRead: {
    readerId: (r: ReadRecord) => r.readerAccountId,
    submittedAt: (r: ReadRecord) => iso(r.submittedAt),
  },
  CoreLabJudgement: {
    jctoScore: (j: CoreLabJudgement) => jctoScore(j),
  },
  CoreLabResult: {
    decisions: (r: ResultRecord) => JUDGEMENT_FIELDS.map((field) => ({ field, provenance: r.provenance[field] })),
    supervisorId: (r: ResultRecord) => r.supervisorAccountId,
    finalizedAt: (r: ResultRecord) => iso(r.finalizedAt),
    outcomes: (r: ResultRecord | OfficialResultView) => ('outcomes' in r ? r.outcomes : summarize(r.judgement)),
    changes: (r: ResultRecord, _: unknown, ctx: CasesContext) => ctx.coreLab.changes(r.registrationNumber),
  },
  OfficialResultChange: {
    from: (c: { fromValue: unknown }) => (c.fromValue === null || c.fromValue === undefined ? null : String(c.fromValue)),
    to: (c: { toValue: unknown }) => (c.toValue === null || c.toValue === undefined ? null : String(c.toValue)),
    changedAt: (c: { changedAt: Date }) => iso(c.changedAt),
  },
  OfficialResultNotice: {
    outcomes: (n: OfficialResultNotice) => ({ indicationAppropriate: n.indicationAppropriate, technicalSuccess: n.technicalSuccess, complication: n.complication, procedureSuccess: n.procedureSuccess }),
  },
  Case: {
    officialResult: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.officialResults.of(c),
    coreLabComparison: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.officialResults.comparison(c),
    coreLabReads: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.officialResults.reads(c),
  },
};
