import type { Resolvers } from '../generated/resolvers.ts';
import { isUuid } from '@registry/errors';
import { pageSize } from '@registry/subgraph-server';

/** The maximum page of `Case.auditTrail`: its `@listSize(assumedSize:)` in schema/cases/audit.graphql. */
const MAX_AUDIT_PAGE = 200;

export const auditResolvers: Resolvers = {
  Query: {
    verifyAuditTrail: (_, args, ctx) => ctx.forms.verifyAuditTrail(args.registrationNumber),
  },
  Case: {
    auditTrail: (c, args, ctx) =>
      ctx.forms.auditTrail(c, { limit: pageSize(args.first, MAX_AUDIT_PAGE), after: args.after ?? undefined }),
  },
  AuditEntry: {
    // A change made by a committee ruling is recorded as `ruling:<id>` [R28b]: no person to name.
    actor: (e) => (e.actorAccountId && isUuid(e.actorAccountId) ? { id: e.actorAccountId } : null),
  },
};
