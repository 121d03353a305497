/**
 * `npm run seed`: the demo data, through the services, on DATABASE_URL or the embedded
 * database. Idempotent; refused in production. `npm start` runs it as a one-shot child
 * (DATABASE_VIA_PARENT: the parent's embedded database, served over IPC).
 */
import path from 'node:path';
import { loadKeys } from '@registry/auth';
import { imageStoreConfig, loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { loggerFor } from '@registry/logging';

const config = loadGatewayConfig();
const viaParent = !config.DATABASE_URL && config.DATABASE_VIA_PARENT;
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite'), viaParent });
await migrateAll(handle);
const registry = await startRegistry({ handle, keys: await loadKeys(config), logger: loggerFor('seed', config), dataDir: config.DATA_DIR, imageStore: imageStoreConfig(config) });
await seedDemo(registry, config.NODE_ENV, { sampleImages: true });
await registry.stop();
await handle.close();
if (!viaParent) process.stdout.write('demo data seeded\n');
