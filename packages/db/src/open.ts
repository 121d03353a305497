import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './database.ts';
import type { DatabaseHandle } from './handle.ts';
import { openParentDatabase } from './ipc/child.ts';

export type { DatabaseHandle };

export interface OpenDatabaseOptions {
  /** postgres:// URL of a server; absent means embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; absent means in memory. */
  dataDir?: string | undefined;
  /** postgres.js pool size. */
  maxConnections?: number;
  /** No URL: use the embedded database of the parent process over IPC (a child of `npm start`). */
  viaParent?: boolean;
  /** PGlite only: start from this tarball of a data directory (from `dumpDataDir`). */
  loadDataDir?: Blob | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
  return options.viaParent ? openParentDatabase() : openPglite(options.dataDir, options.loadDataDir);
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | undefined): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // PGlite reads its options from the first argument when no directory is given.
  const options = loadDataDir ? { loadDataDir } : {};
  const client = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    embedded: client,
    async listen(channel, onPayload, onListen) {
      // In process: the LISTEN never drops.
      const unlisten = await client.listen(channel, onPayload);
      onListen?.();
      return async () => unlisten();
    },
    // PGlite is a single connection used by one process: nothing else can race us.
    withAdvisoryLock: (_key, fn) => fn(db),
    async ping() {
      await client.query('select 1');
    },
    async close() {
      await client.close();
    },
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

/**
 * How the pool treats a server that goes away (a restart, a failover), so that requests
 * fail fast while it is away and succeed as soon as it is back (issue 15.4):
 * - `backoff`: postgres.js waits before reconnecting, by default up to 20 s after a few
 *   refused attempts (3^retries / 100 s, shared by the pool), so a server back after 2 s
 *   was used again only 15 s later. Retry every 50–500 ms instead: a refused connect on
 *   loopback or a LAN costs nothing.
 * - `connect_timeout`: a server that does not answer at all (a black-holed host) fails
 *   the query after 5 s rather than 30.
 * - `idle_timeout` / `max_lifetime`: idle connections are closed after 60 s and every
 *   connection is renewed within 30 min, so few sockets sit idle long enough to die
 *   unnoticed behind a NAT or a proxy.
 * - `keep_alive`: TCP keep-alive probes after 10 s idle, for those that do.
 */
export const POOL_OPTIONS = {
  connect_timeout: 5,
  idle_timeout: 60,
  max_lifetime: 30 * 60,
  keep_alive: 10,
  backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5) * (0.5 + Math.random() / 2),
  onnotice: () => undefined,
} as const;

/**
 * Settings of every pooled session (#17, replicas): a transaction whose process died or
 * hangs must not hold its row locks (a durable consumer's cursor row) for long.
 * - `client_connection_check_interval`: while a statement runs, the server checks every
 *   second that the client is still there and cancels it when it is not (PostgreSQL 14+).
 *   A process killed in the middle of a statement held its locks until the statement
 *   ended (12 s measured on two replicas); idle sessions already end at once on EOF.
 * - `idle_in_transaction_session_timeout`: a transaction left open with nothing running
 *   (a hung or partitioned process) is ended after 10 s. Long enough that a busy event
 *   loop between two statements of one unit of work never trips it.
 * - `statement_timeout`: no statement of a request runs more than 30 s; the longest the
 *   registry runs are the annual report's aggregation and a release's cursor reads, in
 *   milliseconds. The advisory-lock session that serialises migrations is exempt: it waits
 *   for another process's migration on purpose.
 */
export const SESSION_SETTINGS = {
  application_name: 'cto-registry',
  client_connection_check_interval: 1000,
  idle_in_transaction_session_timeout: 10_000,
  statement_timeout: 30_000,
} as const;

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const sql = postgres(url, { ...POOL_OPTIONS, max, connection: SESSION_SETTINGS });
  const db = drizzlePostgres(sql) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    async listen(channel, onPayload, onListen) {
      // postgres.js re-issues the LISTEN on a new connection whenever its connection
      // closes, and calls `onListen` each time it is in place again.
      const { unlisten } = await sql.listen(channel, onPayload, onListen);
      return unlisten;
    },
    async withAdvisoryLock(key, fn) {
      // A session-level lock needs one connection for the lock and the work alike.
      const single = postgres(url, { ...POOL_OPTIONS, max: 1, connection: { ...SESSION_SETTINGS, statement_timeout: 0 } });
      try {
        await single`select pg_advisory_lock(hashtext(${key}))`;
        return await fn(drizzlePostgres(single) as unknown as Database);
      } finally {
        await single`select pg_advisory_unlock(hashtext(${key}))`.catch(() => undefined);
        await single.end();
      }
    },
    async ping() {
      await sql`select 1`;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
