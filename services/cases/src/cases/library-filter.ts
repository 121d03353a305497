import { badUserInput } from '@registry/errors';
import type { JctoCategory } from '@registry/scores';
import type { LibraryFilter, Vessel } from './case-repository.ts';

export type OfficialOutcome = 'TECHNICAL_SUCCESS' | 'TECHNICAL_FAILURE';

/** `CaseLibraryFilter` as the client sends it (enums already checked by GraphQL). */
export interface CaseLibraryFilterInput {
  year?: number | null;
  vessels?: Vessel[] | null;
  segment?: number | null;
  jctoCategories?: JctoCategory[] | null;
  outcome?: OfficialOutcome | null;
}

/** [Morino 2011] the category's score; VERY_DIFFICULT is 3 and above, counted as 3. */
const JCTO_SCORE: Record<JctoCategory, number> = { EASY: 0, INTERMEDIATE: 1, DIFFICULT: 2, VERY_DIFFICULT: 3 };

function nonEmpty<T>(values: T[] | null | undefined, field: string, what: string): T[] | undefined {
  if (values === null || values === undefined) return undefined;
  // An empty list would match nothing; it is a client's mistake, not a search.
  if (values.length === 0) throw badUserInput(`Name at least one ${what}, or leave ${field} out`, ['filter', field]);
  return [...new Set(values)];
}

/** Checks a library filter; a bad field is BAD_USER_INPUT on `filter.<field>` (docs/errors.md). */
export function parseLibraryFilter(input: CaseLibraryFilterInput | null | undefined): LibraryFilter {
  if (!input) return {};
  const filter: LibraryFilter = {};
  if (input.year !== null && input.year !== undefined) {
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badUserInput('year must be a calendar year from 2000 to 2100', ['filter', 'year']);
    filter.year = input.year;
  }
  const vessels = nonEmpty(input.vessels, 'vessels', 'vessel');
  if (vessels) filter.vessels = vessels;
  if (input.segment !== null && input.segment !== undefined) {
    if (!Number.isInteger(input.segment) || input.segment < 1 || input.segment > 15) throw badUserInput('segment must be an AHA segment from 1 to 15', ['filter', 'segment']);
    filter.segment = input.segment;
  }
  const categories = nonEmpty(input.jctoCategories, 'jctoCategories', 'J-CTO category');
  if (categories) filter.jctoScores = categories.map((c) => JCTO_SCORE[c]);
  if (input.outcome) filter.technicalSuccess = input.outcome === 'TECHNICAL_SUCCESS';
  return filter;
}
