import type { SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/**
 * The rows of a raw query (`execute(sql…)`), whichever driver answered: PGlite's gives
 * `{ rows }`, postgres.js an array of rows. The one place that knows the difference; the
 * row's type is the caller's word for what its `select` names.
 */
export async function queryRows<Row extends Record<string, unknown>>(db: Executor, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (Array.isArray(rows)) return rows as Row[];
  throw new TypeError('The driver answered a query without rows');
}
