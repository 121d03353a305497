import { runStandalone } from '@registry/subgraph-server';
import { createCasesService, migrateCases, SUBGRAPH_NAME } from './server.ts';

await runStandalone({
  name: SUBGRAPH_NAME,
  defaultPort: 4002,
  migrate: migrateCases,
  create: ({ handle, bus, keys, logger }) => createCasesService({ handle, bus, keys, logger }),
});
