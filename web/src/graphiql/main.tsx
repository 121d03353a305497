import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './graphiql.css';

/**
 * The GraphQL IDE of development (GET /graphql, served by the gateway only outside
 * production): GraphiQL from npm, bundled with the application, so nothing loads from
 * another origin. Queries and mutations over HTTP, subscriptions over graphql-ws, both on
 * this origin. Signed-in work needs an `Authorization: Bearer …` header (the headers tab):
 * the token of a `login` mutation run here.
 */
const url = new URL('/graphql', window.location.href);
const fetcher = createGraphiQLFetcher({
  url: url.href,
  subscriptionUrl: url.href.replace(/^http/, 'ws'),
});

const DEFAULT_QUERY = `# The registry's GraphQL API (development). Run with Ctrl-Enter.
{
  __typename
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
