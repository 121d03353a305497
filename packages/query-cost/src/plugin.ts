import type { RequestHandler } from 'express';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { queryCost, readCostDirectives, type CostMap } from './cost.ts';
import { isIntrospectionOnly } from './introspection.ts';

export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';
export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

export interface CostLimitOptions {
  /** The SDL carrying `@cost`/`@listSize`: a subgraph's type definitions, or the supergraph. */
  sdl: DocumentNode;
  maxCost: number;
  /**
   * Where introspection is enabled (development, for the IDE on /graphql): the limit of an
   * operation that selects only `__schema`/`__type`/`__typename`, outside the request's
   * budget. Absent (production, the subgraphs): every operation has `maxCost`.
   */
  introspectionMaxCost?: number;
}

/** The limit that applies to the operation, and whether it is spent from the request's budget. */
function limitFor(options: CostLimitOptions, document: DocumentNode, operationName: string | null | undefined): { maxCost: number; budgeted: boolean } {
  if (options.introspectionMaxCost !== undefined && isIntrospectionOnly(document, operationName)) return { maxCost: options.introspectionMaxCost, budgeted: false };
  return { maxCost: options.maxCost, budgeted: true };
}

export function queryTooCostly(cost: number, maxCost: number): GraphQLError {
  const shown = Number.isFinite(cost) ? String(cost) : 'too large to estimate';
  return new GraphQLError(`The query would cost ${shown}; the limit is ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`, {
    extensions: { code: QUERY_TOO_COSTLY, cost: Number.isFinite(cost) ? cost : null, maxCost, http: { status: 400 } },
  });
}

/**
 * What one HTTP request has spent so far. Put one in the request's context: Apollo gives
 * each operation of a batch a shallow copy of that context, so they share this object.
 */
export interface CostBudget {
  spent: number;
}

interface PluginRequestContext {
  schema: GraphQLSchema;
  document?: DocumentNode;
  operationName?: string | null;
  request: { variables?: Record<string, unknown> | null };
  contextValue: object;
}

/**
 * An Apollo Server plugin refusing, before anything executes, an operation whose cost
 * exceeds `maxCost`. The operations of one HTTP batch share one budget (`costBudget` in
 * the context): aliases or batching cannot multiply the work past the limit.
 */
export function costLimitPlugin(options: CostLimitOptions) {
  const costs: CostMap = readCostDirectives(options.sdl);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: PluginRequestContext) {
          if (!ctx.document) return;
          const cost = queryCost({ schema: ctx.schema, costs, document: ctx.document, operationName: ctx.operationName, variables: ctx.request.variables });
          const limit = limitFor(options, ctx.document, ctx.operationName);
          if (!limit.budgeted) {
            if (cost > limit.maxCost) throw queryTooCostly(cost, limit.maxCost);
            return;
          }
          const budget = (ctx.contextValue as { costBudget?: CostBudget }).costBudget ?? { spent: 0 };
          const total = budget.spent + cost;
          if (total > options.maxCost) throw queryTooCostly(total, options.maxCost);
          budget.spent = total;
        },
      };
    },
  };
}

/**
 * The cost of a WebSocket operation (graphql-ws has no Apollo pipeline): the same estimate,
 * as a list of errors to answer instead of executing.
 */
export function costLimitErrors(options: CostLimitOptions & { schema: GraphQLSchema }) {
  const costs = readCostDirectives(options.sdl);
  return (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): GraphQLError[] => {
    const cost = queryCost({ schema: options.schema, costs, document, operationName, variables });
    const { maxCost } = limitFor(options, document, operationName);
    return cost > maxCost ? [queryTooCostly(cost, maxCost)] : [];
  };
}

/**
 * Caps a GraphQL response's size: a body above `maxBytes` is replaced by a refusal. The
 * cost limit keeps work bounded; this is the backstop for lists whose items are large.
 * `status`: 400 at the gateway (the client's answer); 200 in a subgraph, so that the
 * gateway passes the error and its code on instead of masking a failed fetch.
 */
export function limitResponseBytes(maxBytes: number, status: 200 | 400): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && Buffer.byteLength(body) > maxBytes) {
        res.status(status);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        return send(
          JSON.stringify({
            data: null,
            errors: [
              {
                message: `The answer would exceed ${maxBytes} bytes; ask for smaller pages (first) or fewer fields.`,
                extensions: { code: RESPONSE_TOO_LARGE, maxBytes },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  };
}
