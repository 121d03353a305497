import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler } from 'express';
import { QUERY_COST_LIMIT, RESPONSE_BYTES_LIMIT } from '@registry/query-cost';

/**
 * Baseline protection of the public endpoint, by graphql-armor (maintained, and the same
 * rules serve HTTP and WebSocket): depth, aliases, directives and tokens. The cost limit
 * is `@registry/query-cost`, which multiplies by list sizes as the SDL declares them
 * (`@listSize`); graphql-armor's cost limit does not, so a cycle through lists passed it.
 * The figures fit the registry's real queries with room to spare (a case library page
 * with its discussion is depth 7 and costs about 10,000; see docs/performance.md).
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
  /** Per HTTP request: the operations of a batch share it. Every subgraph applies the same. */
  maxCost: QUERY_COST_LIMIT,
  maxBatch: 5,
  bodyBytes: '1mb',
  /** A response body larger than this is refused (RESPONSE_TOO_LARGE, 400). */
  responseBytes: RESPONSE_BYTES_LIMIT,
} as const;

export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Apollo's own `parseOptions.maxTokens` counts tokens (server.ts): armor's plugin threw
    // from parsingDidStart, which Apollo answers 500 for every syntax error.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
}

/** A batched request (a JSON array of operations) may hold at most `LIMITS.maxBatch`. */
export const limitBatches: RequestHandler = (req, res, next) => {
  if (Array.isArray(req.body) && req.body.length > LIMITS.maxBatch) {
    res.status(400).json({
      errors: [{ message: `At most ${LIMITS.maxBatch} operations per batch`, extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  next();
};

/** Codes that mean "ask for less": whichever layer refused, the client is answered 400. */
const ASK_FOR_LESS = new Set(['QUERY_TOO_COSTLY', 'RESPONSE_TOO_LARGE']);

/**
 * A subgraph that refuses a query's cost or its response size answers the gateway 200
 * with the error (so the code travels); the client is answered 400 all the same.
 */
export const clientErrorStatus = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }: { response: { http: { status?: number | undefined }; body: { kind: string; singleResult?: { errors?: readonly { extensions?: Record<string, unknown> }[] } } } }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult?.errors ?? []) : [];
        if (errors.some((e) => ASK_FOR_LESS.has(String(e.extensions?.['code'])))) response.http.status = 400;
      },
    };
  },
};
