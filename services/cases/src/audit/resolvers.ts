import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { AuditEntryRecord } from './audit-repository.ts';

export const auditResolvers = {
  Query: {
    verifyAuditTrail: (_: unknown, args: { registrationNumber: string }, ctx: CasesContext) => ctx.forms.verifyAuditTrail(args.registrationNumber),
  },
  Case: {
    auditTrail: (c: CaseRecord, _: unknown, ctx: CasesContext) => ctx.forms.auditTrail(c),
  },
  AuditEntry: {
    actor: (e: AuditEntryRecord) => ({ id: e.actorAccountId }),
    at: (e: AuditEntryRecord) => e.at.toISOString(),
  },
};
