/**
 * `npm start`: the whole registry, one child process per service under a supervisor (this
 * process). Without DATABASE_URL the supervisor holds the embedded PostgreSQL (PGlite) in
 * DATA_DIR and serves it to the children over IPC; with it, the children connect to that
 * server themselves. The schema is migrated and, unless NODE_ENV=production, the demo
 * data is seeded (idempotently) here, before the children start.
 */
import path from 'node:path';
import { loadKeys } from '@registry/auth';
import { imageStoreConfig, loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { migrateAll, seedDemo, startRegistry, startSupervisedRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { ensureWebBundle } from './web-bundle.ts';

const SUBGRAPH_PORTS = { operators: 4001, cases: 4002, adjudication: 4003 };
const EXIT_BOUND_MS = 5_000;

const config = loadGatewayConfig();
const logger = createLogger('registry', config.LOG_LEVEL);
// The gateway serves web/dist at `/`: rebuilt here whenever web/ changed, never stale.
await ensureWebBundle({ log: (message) => logger.info(message) });
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite') });
await migrateAll(handle);
// Generates the development keys into DATA_DIR if absent: every child then reads the same.
const keys = await loadKeys(config);
if (config.NODE_ENV !== 'production') {
  // Seeded through the services themselves, in this process, on ports of their own.
  const seeder = await startRegistry({ handle, keys, logger: logger.child({ phase: 'seed' }), dataDir: config.DATA_DIR, imageStore: imageStoreConfig(config) });
  await seedDemo(seeder, config.NODE_ENV);
  await seeder.stop();
}
if (config.DATABASE_URL) await handle.close();

const registry = startSupervisedRegistry({
  handle,
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  host: config.HOST,
  ports: { ...SUBGRAPH_PORTS, gateway: config.PORT },
  logger,
});
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping every service');
  setTimeout(() => process.exit(1), EXIT_BOUND_MS).unref();
  registry
    .stop(EXIT_BOUND_MS - 500)
    .then(() => (config.DATABASE_URL ? undefined : handle.close()))
    .then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

await registry.ready().catch((err: unknown) => logger.warn({ err }, 'not ready yet: the supervisor keeps restarting what fails'));
if (config.NODE_ENV !== 'production') logger.info('demo data ready: every demo account\'s password is "demo-password" (see README)');
logger.info({ url: registry.gatewayUrl, pids: registry.supervisor.pids(), database: handle.kind }, `registry ready at ${registry.gatewayUrl}`);

