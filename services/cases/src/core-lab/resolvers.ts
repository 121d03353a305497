import type { Resolvers } from '../generated/resolvers.ts';
import { localDateOf } from '@registry/calendar';
import { pageRequest } from '@registry/subgraph-server';
import { summarize } from './official-summary.ts';
import { JUDGEMENT_FIELDS, readJctoScore } from './read-fields.ts';


/** The maximum page of `coreLabWorklist` and `overdueCoreLabCases`: their `@listSize(assumedSize:)` in schema/cases/core-lab.graphql. */
const MAX_CORE_LAB_PAGE = 100;

export const coreLabResolvers: Resolvers = {
  Query: {
    coreLabWorklist: (_, args, ctx) => ctx.coreLab.worklist(pageRequest(args, MAX_CORE_LAB_PAGE)),
    coreLabCase: (_, args, ctx) => ctx.coreLab.case(args.registrationNumber),
    overdueCoreLabCases: (_, args, ctx) => ctx.coreLab.overdue(pageRequest(args, MAX_CORE_LAB_PAGE)),
    coreLabAgreement: (_, __, ctx) => ctx.coreLab.agreement(),
  },
  Mutation: {
    enrolInCoreLab: async (_, __, ctx) => {
      await ctx.coreLab.enrol();
      return true;
    },
    assignCoreLabReaders: (_, args, ctx) =>
      ctx.coreLab.assign(args.registrationNumber, args.readerIds ?? undefined),
    replaceCoreLabReader: (_, args, ctx) =>
      ctx.coreLab.replaceReader(args.registrationNumber, args.readerId, args.replacementId ?? undefined, args.reason),
    submitCoreLabRead: (_, args, ctx) =>
      ctx.coreLab.submitRead(args.registrationNumber, args.judgement),
    resolveCoreLabDiscordance: (_, args, ctx) =>
      ctx.coreLab.resolveDiscordance(args.registrationNumber, Object.fromEntries(Object.entries(args.decisions).filter(([, v]) => v !== null && v !== undefined))),
  },
  Subscription: {
    officialResultRecorded: {
      subscribe: (_, args, ctx) => ctx.officialResults.live(args.after ?? undefined),
    },
  },
  CoreLabCase: {
    overdue: (c, _, ctx) => c.status !== 'FINAL' && c.dueOn < localDateOf(ctx.now()),
    assignments: (c, _, ctx) =>
      ctx.coreLab.canSupervise() ? ctx.coreLab.assignments(c.registrationNumber) : null,
    reads: (c, _, ctx) => ctx.coreLab.readsVisible(c.registrationNumber),
    discordantFields: (c, _, ctx) =>
      ctx.coreLab.canSupervise() ? ctx.coreLab.discordantFields(c.registrationNumber) : null,
    result: (c, _, ctx) => ctx.coreLab.result(c.registrationNumber),
  },
  CoreLabAssignment: {
    readerId: (a) => a.readerAccountId,
  },
  CoreLabRead: {
    readerId: (r) => r.readerAccountId,
  },
  CoreLabJudgement: {
    jctoScore: (j) => readJctoScore(j),
  },
  CoreLabResult: {
    decisions: (r) => JUDGEMENT_FIELDS.map((field) => ({ field, provenance: r.provenance[field] })),
    supervisorId: (r) => r.supervisorAccountId,
    outcomes: (r) => ('outcomes' in r ? r.outcomes : summarize(r.judgement)),
    changes: (r, _, ctx) => ctx.coreLab.changes(r.registrationNumber),
  },
  OfficialResultChange: {
    from: (c) => (c.fromValue === null || c.fromValue === undefined ? null : String(c.fromValue)),
    to: (c) => (c.toValue === null || c.toValue === undefined ? null : String(c.toValue)),
  },
  OfficialResultNotice: {
    // The event carries the instant as its ISO string (@registry/contracts); DateTime serializes a Date.
    recordedAt: (n) => new Date(n.recordedAt),
    outcomes: (n) => ({ indicationAppropriate: n.indicationAppropriate, technicalSuccess: n.technicalSuccess, complication: n.complication, procedureSuccess: n.procedureSuccess }),
  },
  Case: {
    officialResult: (c, _, ctx) => ctx.officialResults.of(c),
    coreLabComparison: (c, _, ctx) => ctx.officialResults.comparison(c),
    coreLabReads: (c, _, ctx) => ctx.officialResults.reads(c),
  },
};
