import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '@registry/db';

/** Where a test database starts from: empty, or a copy of a prepared template. */
export interface TestDatabaseTemplate {
  /** PGlite: a tarball of a prepared data directory. */
  pglite?: Blob;
  /** Server: the name of a prepared database to copy (`create database … template …`). */
  database?: string;
}

/**
 * A fresh database for one test file: PGlite in memory by default, or a new database on
 * the server named by DATABASE_URL (dropped again by `close`). Empty, or a copy of a
 * template the test run prepared once. Tests never share a database, and never mock one.
 */
export async function createTestDatabase(serverUrl = process.env['DATABASE_URL'], template: TestDatabaseTemplate = {}): Promise<DatabaseHandle> {
  if (!serverUrl) return openDatabase({ loadDataDir: template.pglite });
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(template.database ? `create database ${name} template ${template.database}` : `create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => undefined });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Drops a template database made for a test run. */
export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
