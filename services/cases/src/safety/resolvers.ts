import type { Resolvers } from '../generated/resolvers.ts';

export const safetyResolvers: Resolvers = {
  Query: {
    safetyAlerts: (_, args, ctx) => ctx.safety.alerts(args.first ?? 50),
  },
  Mutation: {
    reportAdverseEvent: (_, args, ctx) => ctx.safety.report(args.input),
    recordProtocolDeviation: (_, args, ctx) =>
      ctx.safety.recordDeviation(args.input),
    withdrawConsent: (_, args, ctx) =>
      ctx.safety.withdrawConsent(args.input),
  },
  Subscription: {
    seriousAdverseEventReported: {
      subscribe: (_, args, ctx) => ctx.safety.alertsLive(args.after ?? undefined),
    },
  },
  Case: {
    adverseEvents: (c, _, ctx) => ctx.safety.adverseEventsOf(c),
    protocolDeviations: (c, _, ctx) => ctx.safety.deviationsOf(c),
  },
  SafetyAlert: {
    adverseEvent: (a, _, ctx) => ctx.safety.adverseEvent(a.adverseEventId),
  },
  AdverseEvent: {
    case: (ae, _, ctx) => ctx.cases.reference(ae.registrationNumber),
  },
  ProtocolDeviation: {
  },
};
