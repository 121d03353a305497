import { requireUuid } from '@registry/errors';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { OperatorsContext } from '../context.ts';
import type { PublishedRevocationRecord, RevocationRecord } from './revocation-repository.ts';
import type { RevocationInput } from './revocation-service.ts';

/** `publishedRevocations`' maximum page: its `@listSize(assumedSize:)` in schema/operators/revocation.graphql. */
const MAX_REVOCATIONS_PAGE = 100;

export const revocationResolvers = {
  Query: {
    publishedRevocations: (_: unknown, args: PageArgs, ctx: OperatorsContext) => ctx.revocations.published(pageRequest(args, MAX_REVOCATIONS_PAGE, requireUuid)),
  },
  Mutation: {
    revokeCertification: (_: unknown, args: { input: RevocationInput & { warningId?: string | null } }, ctx: OperatorsContext) =>
      ctx.revocations.revoke({ ...args.input, warningId: args.input.warningId ?? undefined }),
  },
  Revocation: {
    operator: (r: RevocationRecord, _: unknown, ctx: OperatorsContext) => ctx.operators.byId(r.operatorId),
  },
  PublishedRevocation: {
    cursor: (r: PublishedRevocationRecord) => r.id,
    facility: (r: PublishedRevocationRecord, _: unknown, ctx: OperatorsContext) => ctx.facilities.byId(r.facilityId),
  },
};
