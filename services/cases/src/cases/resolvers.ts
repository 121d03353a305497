import type { Resolvers } from '../generated/resolvers.ts';
import { isoDay } from '../shared/dates.ts';

export const caseResolvers: Resolvers = {
  Query: {
    caseLibrary: (_, args, ctx) =>
      ctx.cases.library(args.first ?? 20, args.after ?? undefined, args.filter),
    case: (_, args, ctx) => ctx.cases.byNumber(args.registrationNumber),
    registrationYear: (_, args, ctx) => ctx.cases.registrationYear(args.year, args.operatorId ?? undefined),
  },
  Mutation: {
    registerCase: (_, args, ctx) => ctx.cases.register(args.input),
  },
  CaseConnection: {
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
    totalCount: (page) => page.totalCount(),
  },
  Case: {
    __resolveReference: (ref, ctx) => ctx.cases.reference(ref.registrationNumber),
    registeredOn: (c, _, ctx) => ctx.cases.dateShown(c, isoDay(c.registeredAt)),
    procedureDate: (c, _, ctx) => ctx.cases.dateShown(c, c.procedureDate),
    completedOn: (c, _, ctx) => (c.completedAt ? ctx.cases.dateShown(c, isoDay(c.completedAt)) : null),
    operator: (c) => ({ id: c.operatorId }),
    facility: (c) => ({ id: c.facilityId }),
    patientIdentification: (c, _, ctx) => ctx.cases.identification(c),
    consent: (c, _, ctx) => ctx.cases.consent(c),
  },
};
