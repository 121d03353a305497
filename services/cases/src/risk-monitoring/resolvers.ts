import type { Resolvers } from '../generated/resolvers.ts';

export const riskMonitoringResolvers: Resolvers = {
  Query: {
    riskAdjustedMonitoring: (_, args, ctx) => ctx.riskMonitoring.review(args.year, args.modelId),
    riskModels: (_, __, ctx) => ctx.riskMonitoring.models(),
  },
  Mutation: {
    fitRiskModel: (_, args, ctx) => ctx.riskMonitoring.fit(args.years),
  },
  RiskModelCoefficient: {
    oddsRatio: (c) => Math.exp(c.estimate),
  },
  RiskAdjustedMonitoring: {
    cases: (m) => m.funnel.cases,
    observed: (m) => m.funnel.observed,
    expected: (m) => m.funnel.expected,
    expectedRate: (m) => m.funnel.expectedRate,
    operators: (m) => m.funnel.operators,
    funnel: (m) => m.funnel.curve,
    overdispersion: (m) => m.funnel.overdispersion,
  },
  OperatorObservedExpected: {
    observedToExpected: (o) => o.ratio,
    limits: (o) => ({ cases: o.cases, ...o.limits }),
  },
};
