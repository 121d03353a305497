import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Viewer } from '@registry/auth';
import { serviceUnavailable } from '@registry/errors';
import type { CostBudget } from '@registry/query-cost';
import type { InternalTokenIssuer } from './auth/internal-tokens.ts';
import { SHAREABLE_HEADER, type SharingFetcher } from './shared-fetch.ts';

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
    super({ url, fetcher: fetcher as never });
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
    // [#17.1] The fetches of a query may be shared with identical ones in flight; a mutation's never.
    if ('incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query') {
      headers?.set(SHAREABLE_HEADER, '1');
    }
  }
}
