import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { costLimitErrors, costLimitPlugin, limitResponseBytes, QUERY_COST_LIMIT, RESPONSE_BYTES_LIMIT } from '@registry/query-cost';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { CryptoKey } from 'jose';
import { VerifiedTokens, verifyInternalToken, type VerifiedToken, type Viewer } from '@registry/auth';
import { createErrorMasker, serviceUnavailableStatus, toFormattedError, unauthenticated } from '@registry/errors';
import { createHttpHost, ENTITIES_CHANGED_HEADER, SubscriptionLimiter, type HttpLimits, type SubscriptionLimiterStats, type SubscriptionLimits } from '@registry/http-host';
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
  /** Throws when not ready; may add details to the readiness answer (a consumer stopped at an event). */
  ready(): Promise<void | Record<string, unknown>>;
  /** HTTP routes beside GraphQL (uploads, DICOMweb), mounted before it. */
  routes?(app: express.Express): void;
  /** Timeouts, connection cap and shutdown grace; the defaults of `@registry/http-host` otherwise. */
  http?: Partial<HttpLimits>;
  subscriptions?: Partial<SubscriptionLimits>;
  /** Whether the request's committed writes changed a cached entity: its answer then says so (ENTITIES_CHANGED_HEADER) [#17.1]. */
  entitiesChanged?(context: TContext): boolean;
}

/**
 * The gateway is this server's one client: every browser's subscription of one
 * authorization scope arrives on one of its sockets, and a `@personal` field opens one
 * socket per person. The caps are wide for that, and still bound one misbehaving caller.
 */
export const SUBGRAPH_HTTP_LIMITS: Partial<HttpLimits> = { maxConnectionsPerClient: 4_096 };
export const SUBGRAPH_SUBSCRIPTION_LIMITS: SubscriptionLimits = { perSocket: 10_000, perPerson: 200 };

export interface SubgraphServer {
  readonly app: express.Express;
  readonly httpServer: http.Server;
  /** Listens on `port` (0 for any); resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Graceful and bounded (see HttpHost.stop): WebSockets get 1001, in-flight requests finish. */
  stop(): Promise<void>;
  /** Live operations holding a slot now (back to zero once every client has gone). */
  liveStats(): SubscriptionLimiterStats;
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
  const host = createHttpHost({
    name,
    logger,
    ready: async () => {
      const details = await options.ready();
      return { ...details, ready: true };
    },
    limits: { ...SUBGRAPH_HTTP_LIMITS, ...options.http },
  });
  const { app, httpServer } = host;
  const limiter = new SubscriptionLimiter({ ...SUBGRAPH_SUBSCRIPTION_LIMITS, ...options.subscriptions });
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1 << 20 });
  const maskError = createErrorMasker(logger);
  // Each of the gateway's tokens is verified once for its lifetime: it signs one per viewer scope and reuses it [#17.2].
  const tokens = new VerifiedTokens((token) => verifyInternalToken(token, name, options.internalPublicKey));
  const verify = (token: string) => tokens.check(token);

  // The gateway bounds a query's cost before planning; each subgraph bounds what it is asked
  // again (an `_entities` batch counts its representations), so no path around the gateway,
  // nor a plan that multiplies, makes one request unbounded.
  const costErrors = options.costSdl ? costLimitErrors({ sdl: options.costSdl, schema, maxCost: QUERY_COST_LIMIT }) : undefined;
  const costRefusals = (payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }) => {
    if (!costErrors) return undefined;
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch {
      return undefined; // graphql-ws answers the syntax error itself
    }
    const errors = costErrors(document, payload.operationName, payload.variables);
    return errors.length > 0 ? errors : undefined;
  };
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
      onSubscribe(ctx, id, payload) {
        // The cost first: a refused subscription holds no slot.
        const costly = costRefusals(payload);
        if (costly) return costly;
        const refusal = limiter.acquire(ctx.extra.socket, id, ctx.extra.token?.viewer.accountId);
        return refusal ? [refusal] : undefined;
      },
      onComplete(ctx, id) {
        limiter.release(ctx.extra.socket, id);
      },
      onClose(ctx) {
        clearTimeout(expiryTimers.get(ctx.extra.socket));
        limiter.releaseSocket(ctx.extra.socket);
      },
      context: (ctx) => options.createContext(ctx.extra.token!.viewer),
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
    // The process's own handler (exitOnSignal) drains HTTP first, within its bound.
    stopOnTerminationSignals: false,
    formatError: maskError,
    parseOptions: { maxTokens: SUBGRAPH_MAX_TOKENS },
    plugins: [
      serviceUnavailableStatus(),
      ...(options.costSdl ? [costLimitPlugin({ sdl: options.costSdl, maxCost: QUERY_COST_LIMIT })] : []),
      ...(options.entitiesChanged ? [entitiesChangedPlugin(options.entitiesChanged)] : []),
    ],
  });
  await server.start();
  host.trackWebSockets(wsServer);
  host.onDrain(() => wsCleanup.dispose());

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
    async listen(port, at = '127.0.0.1') {
      return `${await host.listen(port, at)}/graphql`;
    },
    async stop() {
      await host.stop();
      await server.stop();
    },
    liveStats: () => limiter.stats(),
  };
}

/** Tells the gateway, on every answer, whether the request committed a change of a cached entity: `1` or `0` [#17.1]. */
function entitiesChangedPlugin<TContext extends BaseContext>(changed: (context: TContext) => boolean): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set(ENTITIES_CHANGED_HEADER, changed(contextValue) ? '1' : '0');
        },
      };
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
