import type { CasesContext } from '../context.ts';
import type { CaseRecord } from './case-repository.ts';
import type { LibraryPage } from './case-service.ts';

export const caseResolvers = {
  Query: {
    caseLibrary: (_: unknown, args: { first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.cases.library(args.first ?? 20, args.after ?? undefined),
    case: (_: unknown, args: { registrationNumber: string }, ctx: CasesContext) => ctx.cases.byNumber(args.registrationNumber),
  },
  CaseConnection: {
    pageInfo: (page: LibraryPage) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
    totalCount: (page: LibraryPage) => page.totalCount(),
  },
  Case: {
    __resolveReference: (ref: { registrationNumber: string }, ctx: CasesContext) => ctx.cases.reference(ref.registrationNumber),
    registeredOn: (c: CaseRecord) => c.registeredAt.toISOString().slice(0, 10),
    operator: (c: CaseRecord) => ({ id: c.operatorId }),
    facility: (c: CaseRecord) => ({ id: c.facilityId }),
  },
};
