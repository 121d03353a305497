import { requireUuid } from '@registry/errors';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import { iso } from '../shared/format.ts';
import type { DataQueryRecord } from './data-query-repository.ts';

/** `openDataQueries`' maximum page: its `@listSize(assumedSize:)` in schema/cases/data-queries.graphql. */
const MAX_QUERIES_PAGE = 100;

export const dataQueryResolvers = {
  Query: {
    openDataQueries: (_: unknown, args: { facilityId: string } & PageArgs, ctx: CasesContext) =>
      ctx.dataQueries.unresolvedOfFacility(args.facilityId, pageRequest(args, MAX_QUERIES_PAGE, requireUuid)),
  },
  Mutation: {
    raiseDataQuery: (_: unknown, args: { input: { registrationNumber: string; field: string; question: string } }, ctx: CasesContext) =>
      ctx.dataQueries.raise(args.input),
    answerDataQuery: (_: unknown, args: { id: string; answer: string }, ctx: CasesContext) => ctx.dataQueries.answer(args.id, args.answer),
    closeDataQuery: (_: unknown, args: { id: string }, ctx: CasesContext) => ctx.dataQueries.close(args.id),
    reopenDataQuery: (_: unknown, args: { id: string; reason: string }, ctx: CasesContext) => ctx.dataQueries.reopen(args.id, args.reason),
  },
  Case: {
    dataQueries: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.dataQueries.ofCase(c),
  },
  DataQuery: {
    case: (q: DataQueryRecord, _: unknown, ctx: CasesContext) => ctx.cases.reference(q.registrationNumber),
    raisedAt: (q: DataQueryRecord) => q.raisedAt.toISOString(),
    answeredAt: (q: DataQueryRecord) => iso(q.answeredAt),
    closedAt: (q: DataQueryRecord) => iso(q.closedAt),
  },
};
