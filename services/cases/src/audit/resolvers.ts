import { pageSize } from '@registry/subgraph-server';
import type { CasesContext } from '../context.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { AuditEntryRecord } from './audit-repository.ts';

/** The maximum page of `Case.auditTrail`: its `@listSize(assumedSize:)` in schema/cases/audit.graphql. */
const MAX_AUDIT_PAGE = 200;

export const auditResolvers = {
  Query: {
    verifyAuditTrail: (_: unknown, args: { registrationNumber: string }, ctx: CasesContext) => ctx.forms.verifyAuditTrail(args.registrationNumber),
  },
  Case: {
    auditTrail: (c: CaseRecord, args: { first?: number | null; after?: number | null }, ctx: CasesContext) =>
      ctx.forms.auditTrail(c, { limit: pageSize(args.first, MAX_AUDIT_PAGE), after: args.after ?? undefined }),
  },
  AuditEntry: {
    actor: (e: AuditEntryRecord) => ({ id: e.actorAccountId }),
    at: (e: AuditEntryRecord) => e.at.toISOString(),
  },
};
