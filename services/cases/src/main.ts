import { imageStoreConfig } from '@registry/config';
import { runStandalone } from '@registry/subgraph-server';
import { defaultImageStorage } from './images/storage/default-storage.ts';
import { createCasesService, migrateCases, SUBGRAPH_NAME } from './server.ts';

await runStandalone({
  name: SUBGRAPH_NAME,
  defaultPort: 4002,
  migrate: migrateCases,
  create: async ({ config, handle, bus, keys, logger }) =>
    createCasesService({ handle, bus, keys, logger, images: await defaultImageStorage(config.DATA_DIR, imageStoreConfig(config), logger, config.IMAGE_UID_SECRET) }),
});
