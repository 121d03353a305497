import type { OperatorsContext } from '../context.ts';
import type { PublishedRevocationRecord, RevocationRecord } from './revocation-repository.ts';
import type { RevocationInput } from './revocation-service.ts';

export const revocationResolvers = {
  Query: {
    publishedRevocations: (_: unknown, __: unknown, ctx: OperatorsContext) => ctx.revocations.published(),
  },
  Mutation: {
    revokeCertification: (_: unknown, args: { input: RevocationInput & { warningId?: string | null } }, ctx: OperatorsContext) =>
      ctx.revocations.revoke({ ...args.input, warningId: args.input.warningId ?? undefined }),
  },
  Revocation: {
    operator: (r: RevocationRecord, _: unknown, ctx: OperatorsContext) => ctx.operators.byId(r.operatorId),
  },
  PublishedRevocation: {
    facility: (r: PublishedRevocationRecord, _: unknown, ctx: OperatorsContext) => ctx.facilities.byId(r.facilityId),
  },
};
