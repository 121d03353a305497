/**
 * `npm run migrate`: applies every service's migrations (and the bus's) to DATABASE_URL, or
 * the embedded database; under `npm start` in production, a one-shot child doing it on the
 * parent's embedded database (DATABASE_VIA_PARENT).
 */
import path from 'node:path';
import { loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { migrateAll } from '@registry/launcher';

const config = loadGatewayConfig();
const viaParent = !config.DATABASE_URL && config.DATABASE_VIA_PARENT;
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite'), viaParent });
await migrateAll(handle);
await handle.close();
if (!viaParent) process.stdout.write(`migrated (${handle.kind})\n`);
