/**
 * The cases subgraph's public face [#14.5]: what the composition root (apps/registry),
 * scripts and tests outside this service may import. Everything else under `src/` is
 * internal, and `npm run lint:layers` refuses an import of it from outside the service.
 */
export { createCasesService, migrateCases, SUBGRAPH_NAME, type CasesService, type CasesServiceDeps } from './server.ts';
export { defaultImageStorage, type ImageStoreConfig } from './images/storage/default-storage.ts';
export { requiredSeries } from './images/required-series.ts';

// The demo data set and the example registration the journeys and the benchmarks submit.
export { readDemoCase } from './seed/core-lab-demo.ts';
export { DEMO_CASES, seedCases } from './seed/demo.ts';
export { seedDemoImages } from './seed/demo-images.ts';
export { seedHistory } from './seed/history-seed.ts';
export { historyCases } from './seed/history.ts';
export { seedDataRequests } from './seed/releases-demo.ts';
export { EXAMPLE_FORM, exampleRegistration } from './seed/fixtures.ts';

// The data dictionary a release's items come from [R21a] (the release benchmark asks for all of it).
export { DATA_DICTIONARY } from './releases/data-dictionary.ts';
