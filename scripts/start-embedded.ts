/**
 * `npm start`: the whole registry in one process. Without DATABASE_URL it runs on the
 * embedded PostgreSQL (PGlite) in DATA_DIR; with it, on that server. The schema is
 * migrated and, unless NODE_ENV=production, the demo data is seeded (idempotently).
 */
import path from 'node:path';
import { loadKeys } from '@registry/auth';
import { imageStoreConfig, loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { exitOnSignal } from '@registry/http-host';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { ensureWebBundle } from './web-bundle.ts';

const config = loadGatewayConfig();
const logger = createLogger('registry', config.LOG_LEVEL);
// The gateway serves web/dist at `/`: rebuilt here whenever web/ changed, never stale.
await ensureWebBundle({ log: (message) => logger.info(message) });
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite') });
await migrateAll(handle);
const keys = await loadKeys(config);
const registry = await startRegistry({
  handle,
  keys,
  logger,
  gatewayPort: config.PORT,
  subgraphPorts: [4001, 4002, 4003],
  host: config.HOST,
  dataDir: config.DATA_DIR,
  imageStore: imageStoreConfig(config),
  production: config.NODE_ENV === 'production',
  gatewayHttp: { maxConnectionsPerClient: config.MAX_CONNECTIONS_PER_CLIENT },
});
if (config.NODE_ENV !== 'production') {
  await seedDemo(registry, config.NODE_ENV);
  logger.info('demo data ready: every demo account\'s password is "demo-password" (see README)');
}
logger.info({ url: registry.gatewayUrl, database: handle.kind }, `registry ready at ${registry.gatewayUrl}`);

exitOnSignal(logger, async () => {
  await registry.stop();
  await handle.close();
});
