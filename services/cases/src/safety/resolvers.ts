import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { AdverseEventRecord, DeviationRecord } from './safety-repository.ts';
import type { ReportAdverseEventInput, SafetyAlert } from './safety-service.ts';

export const safetyResolvers = {
  Query: {
    safetyAlerts: (_: unknown, args: { first?: number | null }, ctx: CasesContext) => ctx.safety.alerts(args.first ?? 50),
  },
  Mutation: {
    reportAdverseEvent: (_: unknown, args: { input: ReportAdverseEventInput }, ctx: CasesContext) => ctx.safety.report(args.input),
    recordProtocolDeviation: (_: unknown, args: { input: { registrationNumber: string; occurredOn: string; description: string; reason: string } }, ctx: CasesContext) =>
      ctx.safety.recordDeviation(args.input),
    withdrawConsent: (_: unknown, args: { input: { registrationNumber: string; withdrawnOn: string; reason: string } }, ctx: CasesContext) =>
      ctx.safety.withdrawConsent(args.input),
  },
  Subscription: {
    seriousAdverseEventReported: {
      subscribe: (_: unknown, args: { after?: string | null }, ctx: CasesContext) => ctx.safety.alertsLive(args.after ?? undefined),
    },
  },
  Case: {
    adverseEvents: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.safety.adverseEventsOf(c),
    protocolDeviations: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.safety.deviationsOf(c),
  },
  SafetyAlert: {
    adverseEvent: (a: SafetyAlert, _: unknown, ctx: CasesContext) => ctx.safety.adverseEvent(a.adverseEventId),
  },
  AdverseEvent: {
    case: (ae: AdverseEventRecord, _: unknown, ctx: CasesContext) => ctx.cases.reference(ae.registrationNumber),
    recordedAt: (ae: AdverseEventRecord) => ae.recordedAt.toISOString(),
  },
  ProtocolDeviation: {
    recordedAt: (d: DeviationRecord) => d.recordedAt.toISOString(),
  },
};
