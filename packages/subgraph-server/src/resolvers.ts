import { GraphQLScalarType } from 'graphql';

/**
 * A subgraph's resolvers come one map per module; fields of one type never collide across
 * modules. A scalar's entry is its implementation (the registry's are attached by
 * `buildSubgraph`, scalars.ts), never merged with another.
 */
export type ResolverMap = Record<string, Record<string, unknown> | GraphQLScalarType>;

export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const into = merged[type];
      if (fields instanceof GraphQLScalarType || into instanceof GraphQLScalarType) {
        if (into) throw new Error(`resolver ${type} is defined twice`);
        merged[type] = fields;
        continue;
      }
      for (const field of Object.keys(fields)) {
        if (into?.[field]) throw new Error(`resolver ${type}.${field} is defined twice`);
      }
      merged[type] = { ...into, ...fields };
    }
  }
  return merged;
}
