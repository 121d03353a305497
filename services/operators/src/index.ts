/**
 * The operators subgraph's public face [#14.5]: what the composition root (apps/registry),
 * scripts and tests outside this service may import. Everything else under `src/` is
 * internal, and `npm run lint:layers` refuses an import of it from outside the service.
 */
export { createOperatorsService, migrateOperators, SUBGRAPH_NAME, type OperatorsService, type OperatorsServiceDeps } from './server.ts';
export { BootstrapRefused, runBootstrap, type OpenedAccount } from './bootstrap/bootstrap.ts';
export { mayRegister } from './operators/roster-events.ts';
export { DEMO_OPERATORS, DEMO_PASSWORD, DEMO_STAFF, DEMO_STEERING_MEMBERS, FACILITIES, seedOperators } from './seed/demo.ts';
