import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler } from 'express';

/**
 * Baseline protection of the public endpoint, by graphql-armor (maintained, and the same
 * rules serve HTTP and WebSocket): depth, aliases, directives, tokens and a cost limit.
 * The figures fit the registry's real queries with room to spare (a case library page
 * with its discussion is depth 7).
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
  maxCost: 20_000,
  maxBatch: 5,
  bodyBytes: '1mb',
} as const;

export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    costLimit: { maxCost: LIMITS.maxCost },
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
