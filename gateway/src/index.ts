/**
 * The gateway's public face [#14.5]: what the composition root (apps/registry), scripts and
 * tests outside the gateway may import. Everything else under `src/` is internal, and
 * `npm run lint:layers` refuses an import of it from outside the gateway.
 */
export { createGateway, type Gateway, type GatewayMetrics, type GatewayOptions } from './server.ts';
export { LIMITS } from './protection.ts';
export { GATEWAY_SUBSCRIPTION_LIMITS } from './subscriptions/ws-server.ts';
export { SubscriptionPlanner } from './subscriptions/planner.ts';
