import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Viewer } from '@registry/auth';
import { passwordChangeRequired } from '@registry/errors';

/**
 * Root fields a token that must change its password may still reach: signing in again,
 * changing the password, and reading who one is. `_entities` and `_service` are the
 * federation's own: the gateway calls them only within a plan whose root field passed here.
 */
const OPEN_FIELDS = new Set(['login', 'changePassword', 'viewer', '_entities', '_service']);

/**
 * docs/errors.md: a person who must set a new password first is known (not
 * UNAUTHENTICATED) and may do nothing else yet: PASSWORD_CHANGE_REQUIRED on every other
 * root field of every subgraph, decided once here rather than in each service.
 */
export function gatePasswordChange(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (OPEN_FIELDS.has(field.name)) continue;
      const guard = (next: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> =>
        (source, args, context, info) => {
          if ((context as { viewer?: Viewer } | undefined)?.viewer?.mustChangePassword) throw passwordChangeRequired();
          return next(source, args, context, info);
        };
      field.resolve = guard(field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guard(field.subscribe);
    }
  }
  return schema;
}
