import type { Resolvers } from '../generated/resolvers.ts';
import { annualReportCsvPath, percentOf } from './annual-report-csv.ts';

export const annualReportResolvers: Resolvers = {
  Query: {
    annualReport: (_, args, ctx) => ctx.annualReports.report(args.year),
  },
  Mutation: {
    presentAnnualReport: (_, args, ctx) => ctx.annualReports.present(args.year),
  },
  AnnualReport: {
    year: (r) => r.content.year,
    content: (r) => r.contentJson,
    adoption: (r) => r.content.adoption,
    overall: (r) => r.content.overall,
    byJctoCategory: (r) => r.content.byJctoCategory,
    byApproach: (r) => r.content.byApproach,
    byExperienceBand: (r) => r.content.byExperienceBand,
    csvPath: (r) => annualReportCsvPath(r.content.year),
  },
  ReportRate: {
    percent: (r) => percentOf(r),
  },
  ReportComplicationFigure: {
    rate: (x) => ({ numerator: x.numerator, denominator: x.denominator }),
  },
  PostFreezeCorrection: {
    from: (c) => (c.from === null || c.from === undefined ? null : JSON.stringify(c.from)),
    to: (c) => (c.to === null || c.to === undefined ? null : JSON.stringify(c.to)),
  },
};
