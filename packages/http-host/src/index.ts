export { createHttpHost, DEFAULT_LIMITS, GOING_AWAY, type HttpHost, type HttpHostOptions, type HttpLimits, type Readiness } from './host.ts';
export { LONG_TRANSFER, SHORT_REQUEST, timeoutsFor, type RouteTimeoutPolicy, type RouteTimeouts } from './route-timeouts.ts';
export { capConnectionsPerClient } from './client-connections.ts';
export { EXIT_BOUND_MS, exitOnSignal } from './shutdown.ts';
export { SubscriptionLimiter, type SubscriptionLimiterStats, type SubscriptionLimits } from './subscription-limiter.ts';
export { ENTITIES_CHANGED_HEADER, mayHaveChangedEntities } from './entities-changed.ts';
