/**
 * `npm run bootstrap -- --file registry-bootstrap.json`: the one-time start of a production
 * registry (README "Production bootstrap"): facilities, founding operators and the first
 * staff, through the operators services. Refused once it has run. Prints each account's
 * one-time password once, to stdout only; hand them over and let them be changed at first login.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadKeys } from '@registry/auth';
import { EventBus } from '@registry/bus';
import { loadGatewayConfig } from '@registry/config';
import { openDatabase } from '@registry/db';
import { migrateAll } from '@registry/launcher';
import { loggerFor } from '@registry/logging';
import { createOperatorsService, runBootstrap } from '@registry/operators';

const { values } = parseArgs({ options: { file: { type: 'string' } } });
if (!values.file) {
  process.stderr.write('usage: npm run bootstrap -- --file registry-bootstrap.json\n');
  process.exit(2);
}
const text = readFileSync(values.file, 'utf8');
const config = loadGatewayConfig();
const logger = loggerFor('bootstrap', config);
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite') });
await migrateAll(handle);
const bus = new EventBus(handle);
const operators = await createOperatorsService({ handle, bus, keys: await loadKeys(config), logger });
try {
  const opened = await runBootstrap(operators, text);
  process.stdout.write('Registry bootstrapped. One-time passwords (shown once; each must be changed at first login):\n');
  for (const a of opened) process.stdout.write(`${a.loginId}\t${a.name}\t${a.oneTimePassword}\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await operators.stop();
  await handle.close();
}
