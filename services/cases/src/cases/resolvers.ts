import type { CasesContext } from '../context.ts';
import { isoDay } from '../shared/dates.ts';
import type { CaseRecord } from './case-repository.ts';
import type { LibraryPage } from './case-service.ts';
import type { CaseLibraryFilterInput } from './library-filter.ts';
import type { RegisterCaseInput } from './registration-input.ts';

export const caseResolvers = {
  Query: {
    caseLibrary: (_: unknown, args: { filter?: CaseLibraryFilterInput | null; first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.cases.library(args.first ?? 20, args.after ?? undefined, args.filter),
    case: (_: unknown, args: { registrationNumber: string }, ctx: CasesContext) => ctx.cases.byNumber(args.registrationNumber),
    registrationYear: (_: unknown, args: { year: number; operatorId?: string | null }, ctx: CasesContext) => ctx.cases.registrationYear(args.year, args.operatorId ?? undefined),
  },
  Mutation: {
    registerCase: (_: unknown, args: { input: RegisterCaseInput }, ctx: CasesContext) => ctx.cases.register(args.input),
  },
  CaseConnection: {
    pageInfo: (page: LibraryPage) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
    totalCount: (page: LibraryPage) => page.totalCount(),
  },
  Case: {
    __resolveReference: (ref: { registrationNumber: string }, ctx: CasesContext) => ctx.cases.reference(ref.registrationNumber),
    registeredOn: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.cases.dateShown(c, isoDay(c.registeredAt)),
    procedureDate: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.cases.dateShown(c, c.procedureDate),
    completedOn: (c: CaseRecord, _: unknown, ctx: CasesContext) => (c.completedAt ? ctx.cases.dateShown(c, isoDay(c.completedAt)) : null),
    operator: (c: CaseRecord) => ({ id: c.operatorId }),
    facility: (c: CaseRecord) => ({ id: c.facilityId }),
    patientIdentification: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.cases.identification(c),
    consent: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.cases.consent(c),
  },
};
