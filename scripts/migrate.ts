/** `npm run migrate`: applies every service's migrations (and the bus's) to DATABASE_URL, or the embedded database. */
import path from 'node:path';
import { loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { migrateAll } from '@registry/launcher';

const config = loadGatewayConfig();
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite') });
await migrateAll(handle);
await handle.close();
process.stdout.write(`migrated (${handle.kind})\n`);
