import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { CriteriaVersionRecord } from './criteria-repository.ts';
import type { PublishCriteriaInput } from './criteria-service.ts';

type Ctx = AdjudicationContext;

export const criteriaResolvers = {
  Query: {
    criteriaVersions: (_: unknown, __: unknown, ctx: Ctx) => ctx.criteria.list(),
    criteriaInEffect: (_: unknown, args: { on?: string | null }, ctx: Ctx) => ctx.criteria.inEffect(args.on ?? undefined),
  },
  Mutation: {
    publishCriteriaVersion: (_: unknown, args: { input: PublishCriteriaInput }, ctx: Ctx) => ctx.criteria.publish(args.input),
  },
  CriteriaVersion: {
    publishedAt: (v: CriteriaVersionRecord) => iso(v.publishedAt),
    ruling: (v: CriteriaVersionRecord, _: unknown, ctx: Ctx) => (v.rulingId ? ctx.rulings.get(v.rulingId) : null),
  },
};
