import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';

import type { DatabaseHandle } from './open.ts';

/**
 * Applies one service's migrations into its own Postgres schema, recording them in a
 * table of that schema, so three services migrate the same cluster independently.
 * Several processes may start at once: a cluster-wide advisory lock serialises them.
 */
export async function migrateSchema(handle: DatabaseHandle, options: { schema: string; folder: string }): Promise<void> {
  await handle.withAdvisoryLock('cto-registry:migrations', async (db) => {
    const config = { migrationsFolder: options.folder, migrationsSchema: options.schema, migrationsTable: '__migrations' };
    if (handle.kind === 'pglite') {
      await migratePglite(db as never, config);
    } else {
      await migratePostgres(db as never, config);
    }
  });
}
