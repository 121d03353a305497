export type { Database, Executor, Transaction } from './database.ts';
export { openDatabase, type DatabaseHandle, type OpenDatabaseOptions } from './open.ts';
export { migrateSchema } from './migrate.ts';
export { openParentDatabase } from './ipc/child.ts';
export { serveDatabase, type DatabaseChild, type DatabaseServer, type DatabaseServerOptions } from './ipc/parent.ts';
export { queryRows } from './rows.ts';
