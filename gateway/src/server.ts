import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, type ServiceMap } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import { createErrorMasker } from '@registry/errors';
import type { Logger } from '@registry/logging';
import { authenticate } from './auth/user-auth.ts';
import { InternalTokenIssuer } from './auth/internal-tokens.ts';
import { SubgraphDataSource, type GatewayContext } from './data-source.ts';
import { mountDicomwebProxy } from './dicomweb-proxy.ts';
import { createArmor, LIMITS, limitBatches } from './protection.ts';
import { mountWebApp } from './static-app.ts';
import { SubscriptionHub, type HubStats } from './subscriptions/hub.ts';
import { SubscriptionPlanner } from './subscriptions/planner.ts';
import { UpstreamPool } from './subscriptions/upstream.ts';
import { createGatewayWsServer } from './subscriptions/ws-server.ts';

export interface GatewayOptions {
  /** The committed, composed supergraph: the gateway never introspects at run time. */
  supergraphSdl: string;
  /** GraphQL URL of each subgraph by name, overriding the URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  userPublicKey: CryptoKey;
  internalPrivateKey: CryptoKey;
  logger: Logger;
  production: boolean;
  /** Events queued per live client before it is cut off as a slow consumer. */
  subscriberQueueLimit?: number;
  /** Lifetime of the tokens the gateway signs for subgraphs (tests shorten it to exercise expiry). */
  internalTokenTtlSeconds?: number;
}

export interface GatewayMetrics {
  /** Requests sent to each subgraph (queries, mutations and `_entities`). */
  fetches: Record<string, number>;
  subscriptions: () => HubStats;
}

export interface Gateway {
  readonly httpServer: http.Server;
  readonly metrics: GatewayMetrics;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Builds the gateway (HTTP and graphql-ws on `/graphql`, health routes); it listens nowhere until `listen`. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { logger, production } = options;
  const issuer = new InternalTokenIssuer(options.internalPrivateKey, options.internalTokenTtlSeconds);
  const fetches: Record<string, number> = {};
  const countFetch = (name: string) => (fetches[name] = (fetches[name] ?? 0) + 1);
  const serviceMap: ServiceMap = {};
  const dataSource = (name: string) => {
    const url = options.subgraphUrls[name];
    if (!url) throw new Error(`no URL configured for subgraph ${name}`);
    return (serviceMap[name] ??= new SubgraphDataSource(name, url, issuer, countFetch));
  };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => dataSource(name),
    logger,
  });
  const planner = new SubscriptionPlanner(options.supergraphSdl);
  for (const name of Object.keys(options.subgraphUrls)) dataSource(name);
  const maskError = createErrorMasker(logger);
  const armor = createArmor(production).protect();

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Node closes idle keep-alive sockets after 5 s; a client (the gateway's fetch, a
  // browser) reusing one at that moment gets ECONNRESET. Outlive the clients' idle timeout.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  // Node ends a request after 5 min by default; a DICOM upload of up to 4 GiB over a slow
  // hospital link takes longer (4 GiB at 2 Mbit/s: 4.5 h). Headers stay bounded above.
  httpServer.requestTimeout = 6 * 3600_000;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    formatError: maskError,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as never[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
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
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
              await upstream.dispose();
            },
          };
        },
      },
    ],
  });
  const upstream = new UpstreamPool(options.subgraphUrls, issuer);
  const hub = new SubscriptionHub({
    planner,
    upstream,
    serviceMap,
    logger,
    maskError,
    queueLimit: options.subscriberQueueLimit ?? 1_000,
  });
  const ws = createGatewayWsServer({
    httpServer,
    planner,
    hub,
    apollo,
    userPublicKey: options.userPublicKey,
    validationRules: armor.validationRules,
    maxTokens: LIMITS.maxTokens,
    logger,
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        const ok = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2_000) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok] as const;
      }),
    );
    const ready = checks.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  });
  if (options.subgraphUrls['cases']) mountDicomwebProxy(app, { casesUrl: options.subgraphUrls['cases'], userPublicKey: options.userPublicKey, issuer, logger });
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyBytes }),
    limitBatches,
    expressMiddleware(apollo, {
      async context({ req }) {
        const { viewer } = await authenticate(req.headers.authorization, options.userPublicKey);
        return { viewer };
      },
    }),
  );
  mountWebApp(app);

  return {
    httpServer,
    metrics: { fetches, subscriptions: () => hub.stats() },
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          logger.info({ port: actual }, 'gateway listening');
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`);
        });
      });
    },
    async stop() {
      await apollo.stop();
    },
  };
}
