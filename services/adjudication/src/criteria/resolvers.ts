import type { Resolvers } from '../generated/resolvers.ts';
import { pageSize } from '@registry/subgraph-server';

/** `criteriaVersions`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/criteria.graphql. */
const MAX_VERSIONS_PAGE = 100;

export const criteriaResolvers: Resolvers = {
  Query: {
    criteriaVersions: (_, args, ctx) =>
      ctx.criteria.list(pageSize(args.first, MAX_VERSIONS_PAGE), args.after ?? undefined),
    criteriaInEffect: (_, args, ctx) => ctx.criteria.inEffect(args.on ?? undefined),
  },
  Mutation: {
    publishCriteriaVersion: (_, args, ctx) => ctx.criteria.publish(args.input),
  },
  CriteriaVersion: {
    ruling: (v, _, ctx) => (v.rulingId ? ctx.rulings.get(v.rulingId) : null),
  },
};
