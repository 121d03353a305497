import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';

/**
 * The one database type every repository is written against: drizzle's Postgres
 * dialect, whichever driver is underneath (PGlite embedded, postgres.js on a server).
 */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** What a repository method runs on: the database, or the caller's transaction. */
export type Executor = Database | Transaction;
