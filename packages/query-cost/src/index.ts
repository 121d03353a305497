export { costEstimator, DEFAULT_LIST_SIZE, MAX_QUERY_NODES, queryCost, readCostDirectives, type CostMap, type FieldCost } from './cost.ts';
export { INTROSPECTION_COST_LIMIT, isIntrospectionOnly } from './introspection.ts';
export { costLimitErrors, costLimitPlugin, limitResponseBytes, queryTooCostly, type CostBudget, QUERY_TOO_COSTLY, RESPONSE_TOO_LARGE } from './plugin.ts';

/** The registry's one cost limit, at the gateway and in every subgraph (docs/performance.md). */
export const QUERY_COST_LIMIT = 25_000;
/** The largest response body the gateway or a subgraph sends. */
export const RESPONSE_BYTES_LIMIT = 8 * 1024 * 1024;
