import type { Resolvers } from '../generated/resolvers.ts';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';

/** `publishedRevocations`' maximum page: its `@listSize(assumedSize:)` in schema/operators/revocation.graphql. */
const MAX_REVOCATIONS_PAGE = 100;

export const revocationResolvers: Resolvers = {
  Query: {
    publishedRevocations: (_, args, ctx) => ctx.revocations.published(pageRequest(args, MAX_REVOCATIONS_PAGE, requireUuid)),
  },
  Mutation: {
    revokeCertification: (_, args, ctx) =>
      ctx.revocations.revoke({ ...args.input, warningId: args.input.warningId ?? undefined }),
  },
  Revocation: {
    operator: (r, _, ctx) => ctx.operators.byId(r.operatorId),
  },
  PublishedRevocation: {
    cursor: (r) => r.id,
    facility: (r, _, ctx) => ctx.facilities.byId(r.facilityId),
  },
};
