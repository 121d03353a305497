import type { Resolvers } from '../generated/resolvers.ts';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';

/** `openDataQueries`' maximum page: its `@listSize(assumedSize:)` in schema/cases/data-queries.graphql. */
const MAX_QUERIES_PAGE = 100;

export const dataQueryResolvers: Resolvers = {
  Query: {
    openDataQueries: (_, args, ctx) =>
      ctx.dataQueries.unresolvedOfFacility(args.facilityId, pageRequest(args, MAX_QUERIES_PAGE, requireUuid)),
  },
  Mutation: {
    raiseDataQuery: (_, args, ctx) =>
      ctx.dataQueries.raise(args.input),
    answerDataQuery: (_, args, ctx) => ctx.dataQueries.answer(args.id, args.answer),
    closeDataQuery: (_, args, ctx) => ctx.dataQueries.close(args.id),
    reopenDataQuery: (_, args, ctx) => ctx.dataQueries.reopen(args.id, args.reason),
  },
  Case: {
    dataQueries: (c, _, ctx) => ctx.dataQueries.ofCase(c),
  },
  DataQuery: {
    case: (q, _, ctx) => ctx.cases.reference(q.registrationNumber),
  },
};
