import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  getOperationAST,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Viewer } from '@registry/auth';
import { SubscriptionLimiter, type SubscriptionLimits } from '@registry/http-host';
import type { Logger } from '@registry/logging';
import { authenticate, isUnavailable, type UserAuth } from '../auth/user-auth.ts';
import type { GatewayContext } from '../data-source.ts';
import type { SubscriptionHub } from './hub.ts';
import type { SubscriptionPlanner } from './planner.ts';
import { serveGraphqlWs } from './ws-transport.ts';

/** Closed when a client stops reading: standard "try again later"; it resumes with `after`. */
export const SLOW_CONSUMER_CLOSE = 1013;
/** Closed when the token's account cannot be checked for now (the operators subgraph is away). */
const TRY_AGAIN_LATER_CLOSE = 1013;

/**
 * A web page follows a handful of feeds; 1,000 on one socket is an attack, and each one
 * holds an upstream stream and its buffers. Refused beyond the cap with
 * `TOO_MANY_SUBSCRIPTIONS` (an `error` message for that operation; the socket goes on).
 */
export const GATEWAY_SUBSCRIPTION_LIMITS: SubscriptionLimits = { perSocket: 50, perPerson: 200 };

interface SocketState {
  viewer?: Viewer;
  expiry?: NodeJS.Timeout;
}

interface LiveContext {
  viewer: Viewer;
  socket: WebSocket;
}

export interface GatewayWsOptions {
  httpServer: http.Server;
  planner: SubscriptionPlanner;
  hub: SubscriptionHub;
  apollo: ApolloServer<GatewayContext>;
  userAuth: UserAuth;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  /** The cost limit's refusals for an operation (none when it is within the limit). */
  costErrors(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): GraphQLError[];
  /** In production validation errors carry no field suggestions, as over HTTP. */
  production: boolean;
  limits: SubscriptionLimits;
  logger: Logger;
}

/** graphql-js's "Did you mean …?" names fields and types a client did not know of. */
const SUGGESTION = /\s*Did you mean .*$/s;

function withoutSuggestions(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((e) =>
    SUGGESTION.test(e.message) ? new GraphQLError(e.message.replace(SUGGESTION, ''), { nodes: e.nodes ?? null, extensions: e.extensions }) : e,
  );
}

/**
 * The gateway's graphql-ws endpoint, on the same path as HTTP. The client's token comes in
 * `connection_init` as `{ authorization: "Bearer …" }`: an invalid one closes the socket
 * 4403, and the socket is closed 4401 the moment the token expires. Subscriptions go to
 * the hub; a query or mutation sent over the socket runs through Apollo like HTTP.
 */
export function createGatewayWsServer(options: GatewayWsOptions) {
  const states = new WeakMap<WebSocket, SocketState>();
  const rules = [...specifiedRules, ...options.validationRules];
  const limiter = new SubscriptionLimiter(options.limits);

  const transport = serveGraphqlWs<{ authorization?: string }>(
    {
      schema: options.planner.schema,
      async onConnect(ctx) {
        const socket = ctx.extra.socket;
        try {
          const { viewer, exp } = await authenticate(ctx.connectionParams?.authorization, options.userAuth);
          const state: SocketState = { viewer };
          if (exp) {
            state.expiry = setTimeout(() => socket.close(CloseCode.Unauthorized, 'Token expired'), exp * 1000 - Date.now());
            state.expiry.unref();
          }
          states.set(socket, state);
          return true;
        } catch (err) {
          // The account could not be checked for now: "try again later", not "forbidden".
          if (isUnavailable(err)) socket.close(TRY_AGAIN_LATER_CLOSE, 'Try again later');
          return false; // graphql-ws closes 4403 Forbidden
        }
      },
      onClose(ctx) {
        clearTimeout(states.get(ctx.extra.socket)?.expiry);
        limiter.releaseSocket(ctx.extra.socket);
      },
      onComplete(ctx, id) {
        limiter.release(ctx.extra.socket, id);
      },
      onSubscribe(ctx, id, payload) {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Syntax error')];
        }
        const errors = validate(options.planner.schema, document, rules);
        if (errors.length > 0) return options.production ? withoutSuggestions(errors) : [...errors];
        const costErrors = options.costErrors(document, payload.operationName, payload.variables);
        if (costErrors.length > 0) return costErrors;
        const viewer = states.get(ctx.extra.socket)?.viewer ?? { roles: [] };
        const args: ExecutionArgs = {
          schema: options.planner.schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? {},
          contextValue: { viewer, socket: ctx.extra.socket } satisfies LiveContext,
        };
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) return [new GraphQLError('Unknown operation')];
        if (operation.operation === 'subscription') {
          const refusal = limiter.acquire(ctx.extra.socket, id, personOf(viewer));
          if (refusal) return [refusal];
        }
        return args;
      },
      subscribe(args) {
        const context = args.contextValue as LiveContext;
        return options.hub.subscribe({
          document: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          viewer: context.viewer,
          onOverflow: () => context.socket.close(SLOW_CONSUMER_CLOSE, 'Slow consumer: reconnect with after'),
        });
      },
      // Results reach here formatted and masked already (hub, Apollo): send them as they are,
      // the very object, so that one event shared by many sockets is serialised once (ws-transport.ts).
      onNext: (_ctx, _id, _payload, _args, result) => result as never,
      async execute(args): Promise<ExecutionResult> {
        const context = args.contextValue as LiveContext;
        const response = await options.apollo.executeOperation(
          { query: print(args.document), variables: (args.variableValues ?? {}) as Record<string, unknown>, operationName: args.operationName ?? undefined },
          { contextValue: { viewer: context.viewer } },
        );
        if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
        return response.body.singleResult as ExecutionResult;
      },
    },
    {
      ws: { server: options.httpServer, path: '/graphql', maxPayload: 1 << 20 },
      production: options.production,
      logger: options.logger,
    },
  );

  return {
    server: transport.server,
    /** Payloads serialised: one per event of a shared subscription, however many sockets it went to [#17.2]. */
    serialised: () => transport.serialised(),
    stats: () => limiter.stats(),
    /** Every client is told 1001 and its subscriptions end; resolves once the sockets are closed. */
    async dispose() {
      // Close first: a subscription ended before its socket would be sent `complete`, and a
      // client takes that as final instead of reconnecting.
      await transport.dispose();
      options.hub.closeAll();
    },
  };
}

/** One person over all their sockets; anonymous viewers are bounded per socket and per address. */
function personOf(viewer: Viewer): string | undefined {
  return viewer.accountId ?? viewer.operatorId;
}
