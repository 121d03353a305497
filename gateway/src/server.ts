import type http from 'node:http';
import { ApolloGateway, type ServiceMap } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, parse } from 'graphql';
import type { CryptoKey } from 'jose';
import { VerifiedTokens, verifyUserToken } from '@registry/auth';
import { createErrorMasker, serviceUnavailableStatus } from '@registry/errors';
import { costLimitErrors, costLimitPlugin, INTROSPECTION_COST_LIMIT, limitResponseBytes } from '@registry/query-cost';
import { createHttpHost, type HttpLimits, type SubscriptionLimiterStats, type SubscriptionLimits } from '@registry/http-host';
import type { Logger } from '@registry/logging';
import { ActiveAccounts } from './auth/active-accounts.ts';
import { mountSessionRoutes } from './auth/session-routes.ts';
import { authenticate, type UserAuth } from './auth/user-auth.ts';
import { InternalTokenIssuer } from './auth/internal-tokens.ts';
import { SubgraphDataSource, type GatewayContext } from './data-source.ts';
import { subgraphsWithEntityChanges } from './entity-cache/cached-subgraphs.ts';
import { EntityCache, type EntityCacheStats } from './entity-cache/entity-cache.ts';
import { followEntityChanges } from './entity-cache/follow-changes.ts';
import { failoverFetch, SubgraphEndpoints, type SubgraphUrls } from './endpoints.ts';
import { sharingFetcher, type SharingFetcher } from './shared-fetch.ts';
import { mountDicomwebProxy } from './dicomweb-proxy.ts';
import { clientErrorStatus, createArmor, LIMITS, limitBatches } from './protection.ts';
import { mountGraphiql } from './graphiql-page.ts';
import { mountWebApp } from './static-app.ts';
import { SubscriptionHub, type HubStats } from './subscriptions/hub.ts';
import { SubscriptionPlanner } from './subscriptions/planner.ts';
import { UpstreamPool, type UpstreamStats } from './subscriptions/upstream.ts';
import { createGatewayWsServer, GATEWAY_SUBSCRIPTION_LIMITS } from './subscriptions/ws-server.ts';

export interface GatewayOptions {
  /** The committed, composed supergraph: the gateway never introspects at run time. */
  supergraphSdl: string;
  /** GraphQL URL of each subgraph by name, overriding the URLs in the supergraph; several for a subgraph's replicas (#17). */
  subgraphUrls: SubgraphUrls;
  userPublicKey: CryptoKey;
  internalPrivateKey: CryptoKey;
  logger: Logger;
  production: boolean;
  /** Events queued per live client before it is cut off as a slow consumer. */
  subscriberQueueLimit?: number;
  /** Lifetime of the tokens the gateway signs for subgraphs (tests shorten it to exercise expiry). */
  internalTokenTtlSeconds?: number;
  /** Timeouts, connection cap and shutdown grace; the defaults of `@registry/http-host` otherwise. */
  http?: Partial<HttpLimits>;
  /** Live subscriptions per socket and per person. */
  subscriptionLimits?: Partial<SubscriptionLimits>;
  /** How long an unreachable subgraph's live feed is retried before its clients are told (tests shorten it). */
  upstreamOutageMs?: number;
  /** The entity caches of the subgraphs that publish their changes; on unless false [#17.1]. */
  entityCache?: boolean;
  /** In-flight sharing of identical subgraph queries; on unless false [#17.1]. */
  sharing?: boolean;
}

export interface GatewayMetrics {
  /** Requests sent to each subgraph (queries, mutations and `_entities`), after sharing. */
  fetches: Record<string, number>;
  /** Identical query fetches in flight at once: sent (`started`) and answered by another's (`joined`) [#17.1]. */
  shared: () => { started: number; joined: number };
  subscriptions: () => HubStats;
  /** Upstream graphql-ws connections and the subscriptions on them. */
  upstream: () => UpstreamStats;
  /** Each cached subgraph's entity cache: hits, misses, entries, invalidations [#17.1]. */
  entityCaches: () => Record<string, EntityCacheStats>;
  /** Client subscriptions holding a slot of the per-socket and per-person caps. */
  live: () => SubscriptionLimiterStats;
  /** `next` payloads serialised for the sockets: one per event of a shared subscription, whatever the subscribers [#17.2]. */
  payloadsSerialised: () => number;
}

export interface Gateway {
  readonly httpServer: http.Server;
  /** The one fetcher to the subgraphs; `share` turns in-flight sharing off and on [#17.1]. */
  readonly subgraphFetcher: SharingFetcher;
  /** The entity caches by subgraph name; `enabled` turns one off and on (the benchmark) [#17.1]. */
  readonly entityCaches: ReadonlyMap<string, EntityCache>;
  readonly metrics: GatewayMetrics;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Builds the gateway (HTTP and graphql-ws on `/graphql`, health routes); it listens nowhere until `listen`. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { logger, production } = options;
  const issuer = new InternalTokenIssuer(options.internalPrivateKey, options.internalTokenTtlSeconds);
  const fetches: Record<string, number> = {};
  const endpoints = new SubgraphEndpoints(options.subgraphUrls);
  const subgraphOfUrl = new Map(endpoints.names().map((name) => [endpoints.primary(name)!, name]));
  // Shared per subgraph (its primary URL), then sent to whichever of its processes answers.
  const send = failoverFetch(endpoints);
  const cached = options.entityCache === false ? [] : subgraphsWithEntityChanges(parse(options.supergraphSdl)).filter((source) => endpoints.primary(source.subgraph));
  // One cache per subgraph, each emptied by that subgraph's own feed alone.
  const entityCaches = new Map(cached.map(({ subgraph }) => [subgraph, new EntityCache()]));
  const fetcher = sharingFetcher(
    (url) => {
      const name = subgraphOfUrl.get(url) ?? url;
      fetches[name] = (fetches[name] ?? 0) + 1;
    },
    send,
    new Map([...entityCaches].map(([name, cache]) => [endpoints.primary(name)!, cache])),
  );
  fetcher.share = options.sharing !== false;
  const serviceMap: ServiceMap = {};
  const dataSource = (name: string) => {
    const url = endpoints.primary(name);
    if (!url) throw new Error(`no URL configured for subgraph ${name}`);
    return (serviceMap[name] ??= new SubgraphDataSource(name, url, issuer, fetcher));
  };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => dataSource(name),
    logger,
  });
  const operatorsUrl = endpoints.primary('operators');
  if (!operatorsUrl) throw new Error('no URL configured for subgraph operators: it checks that token subjects are accounts');
  const userAuth: UserAuth = {
    tokens: new VerifiedTokens((token) => verifyUserToken(token, options.userPublicKey)),
    accounts: new ActiveAccounts({ operatorsUrl, issuer, fetch: send }),
  };
  const planner = new SubscriptionPlanner(options.supergraphSdl);
  for (const name of endpoints.names()) dataSource(name);
  const maskError = createErrorMasker(logger);
  const armor = createArmor(production).protect();
  const supergraphDocument = parse(options.supergraphSdl);
  // Introspection (development only) has its own allowance, so the IDE on /graphql can read the schema.
  const costLimits = { sdl: supergraphDocument, maxCost: LIMITS.maxCost, ...(production ? {} : { introspectionMaxCost: INTROSPECTION_COST_LIMIT }) };

  const host = createHttpHost({ name: 'gateway', logger, ready: () => subgraphsReady(endpoints), ...(options.http ? { limits: options.http } : {}) });
  const { app, httpServer } = host;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // The process's own handler (exitOnSignal) drains HTTP first, within its bound.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: true,
    // A syntax error or too many tokens is GRAPHQL_PARSE_FAILED with 400.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError: maskError,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as never[]),
      // Apollo's landing page loads from a CDN (blank offline): the IDE is GraphiQL, bundled (graphiql-page.ts).
      ApolloServerPluginLandingPageDisabled(),
      serviceUnavailableStatus(),
      costLimitPlugin(costLimits),
      clientErrorStatus,
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ operation }) {
              if (operation?.operation === 'subscription') {
                throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on this path', {
                  extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
                });
              }
            },
          };
        },
      },
    ],
  });
  const upstream = new UpstreamPool(endpoints, issuer);
  const following = cached.map(({ subgraph, field }) => followEntityChanges({ subgraph, field, cache: entityCaches.get(subgraph)!, endpoints, issuer, logger }));
  const hub = new SubscriptionHub({
    planner,
    upstream,
    serviceMap,
    logger,
    maskError,
    queueLimit: options.subscriberQueueLimit ?? 1_000,
    ...(options.upstreamOutageMs !== undefined ? { outageMs: options.upstreamOutageMs } : {}),
  });
  const ws = createGatewayWsServer({
    httpServer,
    planner,
    hub,
    apollo,
    userAuth,
    validationRules: armor.validationRules,
    maxTokens: LIMITS.maxTokens,
    costErrors: costLimitErrors({ ...costLimits, schema: planner.schema }),
    production,
    limits: { ...GATEWAY_SUBSCRIPTION_LIMITS, ...options.subscriptionLimits },
    logger,
  });
  await apollo.start();
  host.trackWebSockets(ws.server);
  host.onDrain(() => ws.dispose());
  mountSessionRoutes(app, { operatorsUrl, issuer, logger, fetch: send, entitiesChanged: () => entityCaches.get('operators')?.invalidate() });
  if (endpoints.primary('cases')) {
    for (const prefix of ['/dicomweb', '/reports'] as const) mountDicomwebProxy(app, { endpoints, userAuth, issuer, logger, prefix });
  }
  if (!production) mountGraphiql(app);
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyBytes }),
    limitBatches,
    limitResponseBytes(LIMITS.responseBytes, 400),
    expressMiddleware(apollo, {
      async context({ req }) {
        const { viewer } = await authenticate(req.headers.authorization, userAuth);
        return { viewer, costBudget: { spent: 0 } };
      },
    }),
  );
  mountWebApp(app);

  return {
    httpServer,
    subgraphFetcher: fetcher,
    entityCaches,
    metrics: {
      fetches,
      shared: () => ({ started: fetcher.inFlight.started, joined: fetcher.inFlight.joined }),
      subscriptions: () => hub.stats(),
      upstream: () => upstream.stats(),
      entityCaches: () => Object.fromEntries([...entityCaches].map(([name, cache]) => [name, cache.stats()])),
      live: () => ws.stats(),
      payloadsSerialised: () => ws.serialised(),
    },
    async listen(port, at = '127.0.0.1') {
      return `${await host.listen(port, at)}/graphql`;
    },
    async stop() {
      await host.stop();
      await apollo.stop();
      await Promise.all(following.map((f) => f.stop()));
      await upstream.dispose();
    },
  };
}

/** The gateway is ready when every subgraph is. */
/** Ready when every subgraph has at least one process ready (#17, replicas). */
async function subgraphsReady(endpoints: SubgraphEndpoints): Promise<{ ready: boolean; subgraphs: Record<string, boolean> }> {
  const readyz = (url: string) =>
    fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.ok)
      .catch(() => false);
  const checks = await Promise.all(
    endpoints.names().map(async (name) => {
      const answers = await Promise.all(endpoints.all(name).map(readyz));
      return [name, answers.some(Boolean)] as const;
    }),
  );
  return { ready: checks.every(([, ok]) => ok), subgraphs: Object.fromEntries(checks) };
}
