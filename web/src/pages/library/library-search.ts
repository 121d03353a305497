import type { CaseLibraryFilter, JctoCategory, OfficialOutcome, Vessel } from '../../gql/graphql';

/**
 * The library's search as it lives in the URL (docs/web.md, "Case library search"), so a
 * search is shareable and the back button returns to the previous one: `year`, `vessel`
 * and `jcto` (repeated), `segment`, `outcome`, `size`, and `pages`, the cursors of the pages
 * before this one (comma-separated; the API's cursors are base64url), so "previous" needs
 * no backward cursor and a reload stays on the page.
 */
export const VESSELS: Vessel[] = ['LAD', 'LCX', 'RCA', 'LM'];
export const JCTO_CATEGORIES: JctoCategory[] = ['EASY', 'INTERMEDIATE', 'DIFFICULT', 'VERY_DIFFICULT'];
export const OUTCOMES: OfficialOutcome[] = ['TECHNICAL_SUCCESS', 'TECHNICAL_FAILURE'];
export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export interface LibrarySearch {
  year: string;
  vessels: Vessel[];
  segment: string;
  jctoCategories: JctoCategory[];
  outcome: OfficialOutcome | '';
  size: number;
  /** Cursors of the pages before the current one; the last is the current page's `after`. */
  pages: string[];
}

const oneOf = <T extends string>(allowed: readonly T[], values: string[]): T[] => allowed.filter((a) => values.includes(a));

export function readSearch(params: URLSearchParams): LibrarySearch {
  const size = Number(params.get('size'));
  const outcome = params.get('outcome') ?? '';
  return {
    year: params.get('year') ?? '',
    vessels: oneOf(VESSELS, params.getAll('vessel')),
    segment: params.get('segment') ?? '',
    jctoCategories: oneOf(JCTO_CATEGORIES, params.getAll('jcto')),
    outcome: (OUTCOMES as string[]).includes(outcome) ? (outcome as OfficialOutcome) : '',
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    pages: (params.get('pages') ?? '').split(',').filter((c) => /^[A-Za-z0-9_-]+$/.test(c)),
  };
}

export function writeSearch(s: LibrarySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (s.year) params.set('year', s.year);
  for (const v of s.vessels) params.append('vessel', v);
  if (s.segment) params.set('segment', s.segment);
  for (const c of s.jctoCategories) params.append('jcto', c);
  if (s.outcome) params.set('outcome', s.outcome);
  if (s.size !== DEFAULT_PAGE_SIZE) params.set('size', String(s.size));
  if (s.pages.length > 0) params.set('pages', s.pages.join(','));
  return params;
}

/** The API's filter; a year the API would refuse is sent as typed, so its answer names the field. */
export function toFilter(s: LibrarySearch): CaseLibraryFilter {
  const filter: CaseLibraryFilter = {};
  if (s.year) filter.year = Number(s.year);
  if (s.vessels.length > 0) filter.vessels = s.vessels;
  if (s.segment) filter.segment = Number(s.segment);
  if (s.jctoCategories.length > 0) filter.jctoCategories = s.jctoCategories;
  if (s.outcome) filter.outcome = s.outcome;
  return filter;
}

/** A year the form refuses before asking: a whole calendar year in the API's range. */
export const isYear = (value: string) => /^\d{4}$/.test(value) && Number(value) >= YEAR_MIN && Number(value) <= YEAR_MAX;
