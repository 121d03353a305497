import type { Adoption } from './annual-report-figures.ts';

/**
 * [R20][R27] Which domestic cases a year's report adopts, decided when the year is
 * presented (and shown, as it would be decided today, before): a domestic case whose
 * procedure falls in the year (Japan's calendar, the registration number's year [R31])
 * is adopted when
 * - consent has not been withdrawn (a withdrawn case leaves the data [T7.3]),
 * - its registration is complete (images and the form through the procedure result [R18]),
 * - and it has an official result: the core lab's final judgement [R26][R27].
 * Overseas cases are never adopted: the report and the fees are for domestic cases [R20].
 * A case that misses the day stays out of that year for good: the year is frozen, and a
 * case belongs to the year of its procedure only.
 */
export type AdoptionVerdict = 'ADOPTED' | 'CONSENT_WITHDRAWN' | 'NOT_COMPLETE' | 'AWAITING_OFFICIAL_RESULT';

export interface AdoptionFacts {
  consentWithdrawn: boolean;
  complete: boolean;
  hasOfficialResult: boolean;
}

export function adoptionVerdict(f: AdoptionFacts): AdoptionVerdict {
  if (f.consentWithdrawn) return 'CONSENT_WITHDRAWN';
  if (!f.complete) return 'NOT_COMPLETE';
  if (!f.hasOfficialResult) return 'AWAITING_OFFICIAL_RESULT';
  return 'ADOPTED';
}

export function adoptionSummary(verdicts: readonly AdoptionVerdict[]): Adoption {
  const n = (v: AdoptionVerdict) => verdicts.filter((x) => x === v).length;
  return {
    domesticCases: verdicts.length,
    adopted: n('ADOPTED'),
    notComplete: n('NOT_COMPLETE'),
    awaitingOfficialResult: n('AWAITING_OFFICIAL_RESULT'),
    consentWithdrawn: n('CONSENT_WITHDRAWN'),
  };
}
