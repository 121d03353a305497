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
