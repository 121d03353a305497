import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { loadKeys } from '@registry/auth';
import { openDatabase } from '@registry/db';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { dropTestDatabase, type TestDatabaseTemplate } from './test-database.ts';

/**
 * The demo registry prepared once per test run: migrated and seeded through the services,
 * then kept as a template. Every journey file starts from a copy of it (its own database
 * and its own data directory) instead of migrating and seeding again — the seed hashes
 * every demo password and publishes every event, the slowest part of a file's start.
 *
 * The global setup names the place (`RegistryTemplatePlace`) and starts building it there
 * at once, in a child process of its own (`build-registry-template.ts`), while the first
 * files run; journeys wait for it. Built outside every test file, its time counts against
 * no file's hook timeout, however loaded the machine. The global teardown removes it.
 */
export interface RegistryTemplatePlace {
  /** Directory of this run's template: `data/` (keys, images), `pglite.tar`, `ready`. */
  dir: string;
  /** With a server: the template database's name. */
  database: string;
}

const WAIT_MS = 10 * 60_000;

/** The template's database and data directory, once the global setup's builder is done. */
export async function registryTemplate(place: RegistryTemplatePlace, serverUrl: string | undefined): Promise<{ dataDir: string; database: TestDatabaseTemplate }> {
  const ready = path.join(place.dir, 'ready');
  const failed = path.join(place.dir, 'failed');
  const start = Date.now();
  while (!existsSync(ready)) {
    if (existsSync(failed)) throw new Error(`the registry template failed to build:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() - start > WAIT_MS) throw new Error('the registry template was not ready in time');
    await new Promise((r) => setTimeout(r, 100));
  }
  const dump = path.join(place.dir, 'pglite.tar');
  return {
    dataDir: path.join(place.dir, 'data'),
    database: serverUrl ? { database: place.database } : { pglite: new Blob([readFileSync(dump)]) },
  };
}

/** Builds the template and marks it `ready`, or `failed` with the error for every waiting journey. */
export async function buildRegistryTemplate(place: RegistryTemplatePlace, serverUrl: string | undefined): Promise<void> {
  try {
    await build(place, serverUrl);
    writeFileSync(path.join(place.dir, 'ready'), '');
  } catch (err) {
    writeFileSync(path.join(place.dir, 'failed'), String((err as Error).stack ?? err));
    throw err;
  }
}

async function build(place: RegistryTemplatePlace, serverUrl: string | undefined): Promise<void> {
  const dataDir = path.join(place.dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  let url: string | undefined;
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create database ${place.database}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${place.database}`;
    url = u.toString();
  }
  const handle = await openDatabase({ url, maxConnections: 5 });
  try {
    await migrateAll(handle);
    const keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: dataDir });
    const registry = await startRegistry({ handle, keys, logger: createLogger('test', process.env['TEST_LOG_LEVEL'] ?? 'silent'), dataDir });
    await seedDemo(registry, 'test');
    await registry.stop();
    if (handle.dumpDataDir) writeFileSync(path.join(place.dir, 'pglite.tar'), Buffer.from(await (await handle.dumpDataDir()).arrayBuffer()));
  } finally {
    await handle.close();
  }
}

export async function removeRegistryTemplate(place: RegistryTemplatePlace, serverUrl: string | undefined): Promise<void> {
  rmSync(place.dir, { recursive: true, force: true });
  if (serverUrl) await dropTestDatabase(serverUrl, place.database);
}
