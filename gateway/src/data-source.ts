import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Viewer } from '@registry/auth';
import { serviceUnavailable } from '@registry/errors';
import type { CostBudget } from '@registry/query-cost';
import type { InternalTokenIssuer } from './auth/internal-tokens.ts';
import { distinctRepresentations, spreadOverPositions } from './representations.ts';
import { CACHE_SCOPE_HEADER, SHAREABLE_HEADER, WRITE_HEADER, type SharingFetcher } from './shared-fetch.ts';

/** The query plan's entity fetch: `query …($representations:[_Any!]!){_entities(…` (the operation's text only, never its variables). */
const ENTITIES_FETCH = /^query\b[^{]*\{\s*_entities\s*\(/;

/**
 * The entity cache's scope: the viewer's roles, and nothing of who they are. Sound because
 * the cached types are the same for every viewer of the same roles: the subgraph marks them
 * so (`@cacheControl`, scope PUBLIC, PRIVATE where an answer reads who the viewer is), and
 * services/{operators,adjudication}/test/entity-cache-scope.test.ts check that their
 * visibility rules read roles only.
 */
export function rolesScope(viewer: Viewer): string {
  return `${[...viewer.roles].sort().join(',')}${viewer.mustChangePassword ? '|pwc' : ''}`;
}

export interface GatewayContext {
  viewer: Viewer;
  /** The request's query cost so far: the operations of a batch share it. */
  costBudget?: CostBudget;
}

/**
 * Calls one subgraph with a token the gateway signed for that subgraph alone, carrying the
 * viewer the gateway verified. Subgraphs trust nothing else.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>> {
  constructor(
    readonly name: string,
    url: string,
    private readonly issuer: InternalTokenIssuer,
    fetcher: SharingFetcher,
  ) {
    // A subgraph's cache hints are for the gateway's entity cache alone: never passed on to
    // a client, whose answers stay `no-store` (they are one viewer's) [#17.1].
    super({ url, fetcher: fetcher as never, honorSubgraphCacheControlHeader: false });
  }

  /** An `_entities` fetch sends each distinct representation once [#17.1] (./representations.ts). */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>) {
    const representations = options.request.variables?.['representations'];
    if (!Array.isArray(representations) || representations.length < 2) return super.process(options);
    const distinct = distinctRepresentations(representations);
    if (distinct.distinct.length === representations.length) return super.process(options);
    const request = { ...options.request, variables: { ...options.request.variables, representations: distinct.distinct } };
    return spreadOverPositions(await super.process({ ...options, request }), distinct);
  }

  /**
   * A subgraph answering 503 (its database is away) is passed on as SERVICE_UNAVAILABLE,
   * retriable, rather than masked as an internal error of the gateway.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    if (response.status === 503) return serviceUnavailable();
    return super.errorFromResponse(response);
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): Promise<void> {
    const viewer = 'context' in options && options.context?.viewer ? options.context.viewer : { roles: [] };
    const headers = options.request.http?.headers;
    headers?.set('authorization', `Bearer ${await this.issuer.tokenFor(viewer, this.name)}`);
    // [#17.1] The fetches of a read may be shared with identical ones in flight; a mutation's never.
    const operation = 'incomingRequestContext' in options ? options.incomingRequestContext.operation?.operation : undefined;
    // A subscription's fetches here are the rest of its plan for one event: reads, as a query's.
    if (operation === 'query' || operation === 'subscription') {
      headers?.set(SHAREABLE_HEADER, '1');
      // [#17.1] An entity fetch of a query may be answered from the entity cache kept for the viewer's roles.
      if (ENTITIES_FETCH.test(options.request.query ?? '')) headers?.set(CACHE_SCOPE_HEADER, rolesScope(viewer));
    }
    if (operation === 'mutation') headers?.set(WRITE_HEADER, '1');
  }
}
