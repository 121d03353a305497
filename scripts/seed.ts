/** `npm run seed`: the demo data, through the services, on DATABASE_URL or the embedded database. Idempotent; refused in production. */
import path from 'node:path';
import { loadKeys } from '@registry/auth';
import { imageStoreConfig, loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';

const config = loadGatewayConfig();
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite') });
await migrateAll(handle);
const registry = await startRegistry({ handle, keys: await loadKeys(config), logger: createLogger('seed', config.LOG_LEVEL), dataDir: config.DATA_DIR, imageStore: imageStoreConfig(config) });
await seedDemo(registry, config.NODE_ENV, { sampleImages: true });
await registry.stop();
await handle.close();
process.stdout.write('demo data seeded\n');
