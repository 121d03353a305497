import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * An `_entities` fetch asks for each entity once [#17.1]. Apollo Gateway sends one
 * representation per position of the plan (the hot page's 50 cases by 7 operators: 50
 * `Operator` representations, 43 of them repeats), and the subgraph resolves and serialises every one;
 * the peer gateways send each distinct representation once. Here the fetch carries the
 * distinct ones, and the answer is spread back over the positions the plan expects, each
 * repeat a copy of its own (the gateway merges later fetches into each position's object).
 */
export interface DistinctRepresentations {
  /** The representations to send, each once, in the order first met. */
  distinct: unknown[];
  /** For each position of the plan, the index of its representation in `distinct`. */
  positionOf: number[];
}

/** Representations are plain JSON built by the plan in its selection order: equal entities give equal text. */
export function distinctRepresentations(representations: readonly unknown[]): DistinctRepresentations {
  const index = new Map<string, number>();
  const distinct: unknown[] = [];
  const positionOf = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let at = index.get(key);
    if (at === undefined) {
      at = distinct.length;
      index.set(key, at);
      distinct.push(representation);
    }
    return at;
  });
  return { distinct, positionOf };
}

/**
 * The subgraph's answer to the distinct representations, as the plan's positions expect it:
 * `_entities` in the plan's order (a repeat gets a copy), and an error at `_entities.i` for
 * every position of the distinct representation `i`. Anything else is passed as it is.
 */
export function spreadOverPositions(response: GatewayGraphQLResponse, { distinct, positionOf }: DistinctRepresentations): GatewayGraphQLResponse {
  const entities = (response.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(entities) || entities.length !== distinct.length) return response;
  const given = new Set<number>();
  const spread = positionOf.map((at) => {
    if (!given.has(at)) {
      given.add(at);
      return entities[at];
    }
    return structuredClone(entities[at]);
  });
  const positions = distinct.map((): number[] => []);
  positionOf.forEach((at, i) => positions[at]!.push(i));
  const errors = response.errors?.flatMap((error) => {
    const [head, at, ...rest] = error.path ?? [];
    // An error of no representation sent (or of the whole fetch) is passed as it is, never dropped.
    const mine = head === '_entities' && typeof at === 'number' ? positions[at] : undefined;
    if (!mine) return [error];
    return mine.map((i) => ({ ...error, path: ['_entities', i, ...rest] }));
  });
  return { ...response, data: { ...response.data, _entities: spread }, ...(errors ? { errors } : {}) };
}
