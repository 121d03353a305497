import type { Resolvers } from '../generated/resolvers.ts';

export const monitoringResolvers: Resolvers = {
  Query: {
    monitoringThresholds: (_, __, ctx) => ctx.monitoring.thresholds(),
    monitoringReview: (_, args, ctx) => ctx.monitoring.review(args.year, args.deviatingOnly ?? true),
  },
  Mutation: {
    setMonitoringThresholds: (_, args, ctx) => ctx.monitoring.setThresholds(args.input),
    issueWarning: (_, args, ctx) => ctx.monitoring.warn(args.operatorId, args.year, args.reason),
  },
  Operator: {
    warnings: (operator, _, ctx) => ctx.monitoring.warningsOf(operator.id),
  },
};
