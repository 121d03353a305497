import type { OperatorsContext } from '../context.ts';
import type { OperatorRecord } from '../operators/operator-repository.ts';
import type { Thresholds } from './monitoring-rules.ts';

export const monitoringResolvers = {
  Query: {
    monitoringThresholds: (_: unknown, __: unknown, ctx: OperatorsContext) => ctx.monitoring.thresholds(),
    monitoringReview: (_: unknown, args: { year: number; deviatingOnly?: boolean | null }, ctx: OperatorsContext) => ctx.monitoring.review(args.year, args.deviatingOnly ?? true),
  },
  Mutation: {
    setMonitoringThresholds: (_: unknown, args: { input: Thresholds }, ctx: OperatorsContext) => ctx.monitoring.setThresholds(args.input),
    issueWarning: (_: unknown, args: { operatorId: string; year: number; reason: string }, ctx: OperatorsContext) => ctx.monitoring.warn(args.operatorId, args.year, args.reason),
  },
  Operator: {
    warnings: (operator: OperatorRecord, _: unknown, ctx: OperatorsContext) => ctx.monitoring.warningsOf(operator.id),
  },
};
