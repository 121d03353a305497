import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.ts';

/** One service's way to its database: embedded PGlite, a server, or the parent over IPC. */
export interface DatabaseHandle {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Database;
  /** The embedded database itself, in the process that opened it: `npm start` serves it to its children (`serveDatabase`). */
  readonly embedded?: PGlite;
  /**
   * LISTEN on a channel; the callback receives NOTIFY payloads. `onListen` is called each
   * time the LISTEN is in place, the first time and after every reconnection, because
   * notifications sent while it was down are lost: a listener re-reads what it follows.
   * Returns the unlisten.
   */
  listen(channel: string, onPayload: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  /** Runs `fn` while holding a cluster-wide advisory lock (migrations of several services). */
  withAdvisoryLock<T>(key: string, fn: (db: Database) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The embedded database's files as one tarball (PGlite only): a template for tests. */
  dumpDataDir?(): Promise<Blob>;
}
