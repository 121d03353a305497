import { runStandalone } from '@registry/subgraph-server';
import { createAdjudicationService, migrateAdjudication, SUBGRAPH_NAME } from './server.ts';

await runStandalone({
  name: SUBGRAPH_NAME,
  defaultPort: 4003,
  migrate: migrateAdjudication,
  create: ({ handle, bus, keys, logger }) => createAdjudicationService({ handle, bus, keys, logger }),
});
