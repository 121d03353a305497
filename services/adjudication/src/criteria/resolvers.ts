import { pageSize } from '@registry/subgraph-server';
import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { CriteriaVersionRecord } from './criteria-repository.ts';
import type { PublishCriteriaInput } from './criteria-service.ts';

type Ctx = AdjudicationContext;

/** `criteriaVersions`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/criteria.graphql. */
const MAX_VERSIONS_PAGE = 100;

export const criteriaResolvers = {
  Query: {
    criteriaVersions: (_: unknown, args: { first?: number | null; after?: number | null }, ctx: Ctx) =>
      ctx.criteria.list(pageSize(args.first, MAX_VERSIONS_PAGE), args.after ?? undefined),
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
