import type { EntityChangeFeed } from '@registry/subgraph-server';
import type { Resolvers } from '../generated/resolvers.ts';

/**
 * The gateway's entity cache follows `_entityChanges` [#17.1]. The field is `@inaccessible`:
 * no client of the gateway can ask for it, and this subgraph answers only tokens the gateway
 * signed. It carries table names and nothing else, so it asks no capability of the viewer.
 */
export function entityChangeResolvers(feed: EntityChangeFeed): Resolvers {
  return {
    Subscription: {
      _entityChanges: {
        subscribe: () => feed.follow('_entityChanges'),
      },
    },
  };
}
