/**
 * The adjudication subgraph's public face [#14.5]: what the composition root (apps/registry),
 * scripts and tests outside this service may import. Everything else under `src/` is
 * internal, and `npm run lint:layers` refuses an import of it from outside the service.
 */
export { createAdjudicationService, migrateAdjudication, SUBGRAPH_NAME, type AdjudicationService, type AdjudicationServiceDeps } from './server.ts';
export { seedAdjudication } from './seed/demo.ts';
