import type { GraphQLResolveInfo } from 'graphql';

/** What Apollo Server's cache-control plugin adds to a resolver's `info` (`@apollo/cache-control-types`). */
interface WithCacheControl {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
}

/**
 * Marks the field being resolved PRIVATE: its answer depends on more than the viewer's roles
 * (who they are, their seat), so the gateway's entity cache, which keeps only `public`
 * answers and keys them by roles, never keeps an answer that holds it [#17.1].
 */
export function answerIsPrivate(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & WithCacheControl).cacheControl?.setCacheHint({ scope: 'PRIVATE' });
}
