import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { costLimitErrors, costLimitPlugin, limitResponseBytes, QUERY_COST_LIMIT, RESPONSE_BYTES_LIMIT } from '@registry/query-cost';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { CryptoKey } from 'jose';
import { verifyInternalToken, type VerifiedToken, type Viewer } from '@registry/auth';
import { createErrorMasker, toFormattedError, unauthenticated } from '@registry/errors';
import type { Logger } from '@registry/logging';
import { subscribeWithCursors } from './live.ts';

export interface SubgraphServerOptions<TContext extends BaseContext & { viewer: Viewer }> {
  /** The subgraph's name: the audience its internal tokens must carry. */
  name: string;
  schema: GraphQLSchema;
  /** The SDL whose `@cost`/`@listSize` the cost limit reads (the subgraph's own type definitions). */
  costSdl?: DocumentNode;
  internalPublicKey: CryptoKey;
  logger: Logger;
  /** Builds one request's context (its DataLoaders among it) for a verified viewer. */
  createContext(viewer: Viewer): TContext;
  /** Throws when the service cannot serve (database unreachable). */
  ready(): Promise<void>;
  /** HTTP routes beside GraphQL (uploads, DICOMweb), mounted before it. */
  routes?(app: express.Express): void;
}

export interface SubgraphServer {
  readonly app: express.Express;
  readonly httpServer: http.Server;
  /** Listens on `port` (0 for any); resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Graceful: stops accepting, closes WebSocket clients, drains HTTP requests. */
  stop(): Promise<void>;
}

const BEARER = /^Bearer (.+)$/i;

/** The gateway's query plans are longer than a client's query (typenames, keys, fragments). */
const SUBGRAPH_MAX_TOKENS = 20_000;

/**
 * A subgraph as the federation needs it: Apollo Server for queries, mutations and
 * `_entities`, graphql-ws on the same path for the gateway's upstream subscriptions, and
 * health routes. Every GraphQL request, `_entities` included, and every WebSocket must
 * carry a token the gateway signed for this subgraph: nothing reaches a resolver otherwise.
 */
export async function createSubgraphServer<TContext extends BaseContext & { viewer: Viewer }>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer> {
  const { name, schema, logger } = options;
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
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1 << 20 });
  const maskError = createErrorMasker(logger);
  const verify = (token: string) => verifyInternalToken(token, name, options.internalPublicKey);

  // The gateway bounds a query's cost before planning; each subgraph bounds what it is asked
  // again (an `_entities` batch counts its representations), so no path around the gateway,
  // nor a plan that multiplies, makes one request unbounded.
  const costErrors = options.costSdl ? costLimitErrors({ sdl: options.costSdl, schema, maxCost: QUERY_COST_LIMIT }) : undefined;
  const expiryTimers = new WeakMap<object, NodeJS.Timeout>();
  const wsCleanup = useServer<{ authorization?: string }, { token?: VerifiedToken }>(
    {
      schema,
      async onConnect(ctx) {
        const token = await verifyBearer(ctx.connectionParams?.authorization, verify);
        if (!token) return false; // graphql-ws closes 4403 Forbidden
        ctx.extra.token = token;
        const ms = token.exp * 1000 - Date.now();
        const timer = setTimeout(() => ctx.extra.socket.close(CloseCode.Unauthorized, 'Token expired'), ms);
        timer.unref();
        expiryTimers.set(ctx.extra.socket, timer);
        return true;
      },
      onClose(ctx) {
        clearTimeout(expiryTimers.get(ctx.extra.socket));
      },
      context: (ctx) => options.createContext(ctx.extra.token!.viewer),
      onSubscribe(_ctx, _id, payload) {
        if (!costErrors) return;
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch {
          return; // graphql-ws answers the syntax error itself
        }
        const errors = costErrors(document, payload.operationName, payload.variables);
        return errors.length > 0 ? errors : undefined;
      },
      subscribe: (args) => {
        const { viewer } = args.contextValue as TContext;
        return subscribeWithCursors(args, () => options.createContext(viewer));
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return;
        return {
          ...result,
          errors: result.errors.map((e) => maskError(toFormattedError(e), e)),
        };
      },
    },
    wsServer,
  );

  const server = new ApolloServer<TContext>({
    schema,
    logger,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    parseOptions: { maxTokens: SUBGRAPH_MAX_TOKENS },
    plugins: [
      ...(options.costSdl ? [costLimitPlugin({ sdl: options.costSdl, maxCost: QUERY_COST_LIMIT })] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: name });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.ready();
      res.json({ status: 'ready', service: name });
    } catch (err) {
      logger.warn({ err }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: name });
    }
  });
  options.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    limitResponseBytes(RESPONSE_BYTES_LIMIT, 200),
    expressMiddleware(server, {
      async context({ req }) {
        const token = await verifyBearer(req.headers.authorization, verify);
        if (!token) throw unauthenticated('This subgraph only answers the gateway', { transport: true });
        return options.createContext(token.viewer);
      },
    }),
  );

  return {
    app,
    httpServer,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          logger.info({ port: actual }, 'subgraph listening');
          resolve(`http://${host}:${actual}/graphql`);
        });
      });
    },
    async stop() {
      await server.stop();
    },
  };
}

async function verifyBearer(
  header: unknown,
  verify: (token: string) => Promise<VerifiedToken>,
): Promise<VerifiedToken | undefined> {
  if (typeof header !== 'string') return undefined;
  const match = BEARER.exec(header);
  if (!match?.[1]) return undefined;
  try {
    return await verify(match[1]);
  } catch {
    return undefined;
  }
}
