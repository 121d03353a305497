import { useState } from 'react';

/**
 * Paging a list the API answers as a plain list with `first`/`after` (the cursor is a key of
 * the last item shown): each page asks for one item more than it shows, so it knows whether
 * a next page exists without a count, and keeps the cursors of the pages before it, so
 * "previous" needs no backward cursor. Every page is read from the API, never from a first
 * page held in the browser.
 */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    /** The variables of the current page's query. */
    variables: { first: pageSize + 1, after: cursors[cursors.length - 1] ?? null },
    page: cursors.length + 1,
    /** The items to show and whether there is a next page. */
    slice<T>(items: readonly T[] | undefined): { shown: T[]; hasNext: boolean } {
      const all = items ?? [];
      return { shown: all.slice(0, pageSize), hasNext: all.length > pageSize };
    },
    next(lastShownKey: string) {
      setCursors([...cursors, lastShownKey]);
    },
    previous() {
      setCursors(cursors.slice(0, -1));
    },
    reset() {
      setCursors([]);
    },
    hasPrevious: cursors.length > 0,
  };
}
