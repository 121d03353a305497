import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { accessToken } from './token';

let live: Client | null = null;

/**
 * The gateway closes a socket when the token it opened with expires; after a refresh the
 * socket is restarted (4499, retried) so it reconnects with the new token, and its
 * subscriptions with it.
 */
export function reconnectLive(): void {
  live?.terminate();
}

/** The graphql-ws client the Apollo link uses, for live feeds that manage their own resumption (live-feed.tsx). */
export function liveClient(): Client | null {
  return live;
}

/** Same origin: queries and mutations over HTTP, subscriptions over graphql-ws, both on /graphql. */
export function createApolloClient(): ApolloClient {
  const authorization = () => {
    const token = accessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  const withToken = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, ...authorization() } }));
    return forward(operation);
  });
  const http = new HttpLink({ uri: '/graphql' });
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  // Lazy: the socket opens with the first subscription, carrying the token of that moment.
  live = createClient({ url: wsUrl, lazy: true, connectionParams: authorization, retryAttempts: 10 });
  const ws = new GraphQLWsLink(live);
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, ws, withToken.concat(http)),
    cache: new InMemoryCache({
      typePolicies: {
        // A case has no `id`: every page's `case(registrationNumber:)` fields are merged into
        // one object, not replaced by the next query's, which would send the first page's
        // query back to the network (and a case page blank when that fetch fails).
        Query: { fields: { case: { merge: true } } },
        OfficialResult: { merge: true },
      },
    }),
  });
}
