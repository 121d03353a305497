import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from './open.ts';

/**
 * A fresh, empty database for one test file: PGlite in memory by default, or a new
 * database on the server named by DATABASE_URL (dropped again by `close`). Tests never
 * share a database, and never mock one.
 */
export async function createTestDatabase(serverUrl = process.env['DATABASE_URL']): Promise<DatabaseHandle> {
  if (!serverUrl) return openDatabase({});
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
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
