import { sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { badUserInput } from '@registry/errors';

/**
 * A list's page size: `first` as given (the SDL's default when omitted), between 1 and the
 * list's maximum page, which is the `assumedSize` of its `@listSize` in the SDL, so the
 * cost limit counts the list as at most that many items. Anything else is the client's
 * mistake, refused on the argument's path.
 */
export function pageSize(first: number | null | undefined, max: number, path: ReadonlyArray<string | number> = ['first']): number {
  const size = first ?? max;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badUserInput(`${path.join('.')} must be between 1 and ${max}`, path);
  return size;
}

/**
 * One page of a list (issue 15.1): at most `limit` rows, those after the row whose key is
 * `after` (the key of the last item of the previous page: its `id`, or the list's own key
 * as its SDL says). Repositories apply it in SQL, with LIMIT and a stable order.
 */
export interface PageRequest {
  limit: number;
  after: string | undefined;
}

/** The arguments of a paged list field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** `first`/`after` of a list field, checked: `checkAfter` refuses a cursor of the wrong shape (requireUuid for ids). */
export function pageRequest(
  args: PageArgs,
  max: number,
  checkAfter: (after: string, path: ReadonlyArray<string>) => string = (after) => after,
): PageRequest {
  const limit = pageSize(args.first, max);
  const after = args.after === null || args.after === undefined ? undefined : checkAfter(args.after, ['after']);
  return { limit, after };
}

/**
 * Keyset condition: rows strictly after the row of `table` whose `key` is `after`, in the
 * order `(…order, key)` all ascending (or all descending). The cursor row is read in the
 * same statement, so the page is one query; an unknown cursor yields an empty page. An
 * order term may be an expression over `table`'s columns (a computed due date): in the
 * cursor's subquery it reads the cursor row.
 */
export function keysetAfter(table: PgTable, order: readonly (Column | SQL)[], key: Column, after: string, direction: 'asc' | 'desc'): SQL {
  const columns = sql.join([...order, key], sql`, `);
  const op = direction === 'asc' ? sql`>` : sql`<`;
  return sql`(${columns}) ${op} (select ${columns} from ${table} where ${key} = ${after})`;
}
