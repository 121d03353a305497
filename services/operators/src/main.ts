import { runStandalone } from '@registry/subgraph-server';
import { createOperatorsService, migrateOperators, SUBGRAPH_NAME } from './server.ts';

await runStandalone({
  name: SUBGRAPH_NAME,
  defaultPort: 4001,
  migrate: migrateOperators,
  create: ({ handle, bus, keys, logger }) => createOperatorsService({ handle, bus, keys, logger }),
});
