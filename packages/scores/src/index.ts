/**
 * Lesion difficulty scores, computed from their items and never typed in (DOMAIN.md
 * "Cases, EDC and core lab"). Each calculator follows its published definition; the
 * components are one point each. One implementation for the server, which stores none of
 * them and computes them when read, and the web application, which shows them as the form
 * is filled: this package imports nothing, so both can load it.
 */

/** The coronary vessel of a CTO lesion, as the case records it. */
export type CtoVessel = 'LAD' | 'LCX' | 'RCA' | 'LM';

/** J-CTO (Morino et al., JACC Cardiovasc Interv 2011;4:213-21). */
export interface JctoItems {
  /** Blunt proximal stump (not tapered). */
  bluntStump: boolean;
  /** Any calcification within the CTO segment, regardless of severity. */
  calcification: boolean;
  /** Bending > 45° within the CTO segment. */
  bendingOver45: boolean;
  /** Occlusion length ≥ 20 mm. */
  occlusionLength20mmOrMore: boolean;
  /** A previously failed attempt on this lesion (re-try lesion). */
  retryLesion: boolean;
}

export type JctoCategory = 'EASY' | 'INTERMEDIATE' | 'DIFFICULT' | 'VERY_DIFFICULT';

export interface JctoScore {
  score: number;
  category: JctoCategory;
}

/** [Morino 2011] 0 easy, 1 intermediate, 2 difficult, ≥ 3 very difficult. */
export function jctoScore(items: JctoItems): JctoScore {
  const score = [items.bluntStump, items.calcification, items.bendingOver45, items.occlusionLength20mmOrMore, items.retryLesion].filter(Boolean).length;
  const category: JctoCategory = score === 0 ? 'EASY' : score === 1 ? 'INTERMEDIATE' : score === 2 ? 'DIFFICULT' : 'VERY_DIFFICULT';
  return { score, category };
}

/** PROGRESS-CTO (Christopoulos et al., JACC Cardiovasc Interv 2016;9:1-9), technical-success score. */
export interface ProgressCtoItems {
  /** Proximal cap ambiguity. */
  proximalCapAmbiguity: boolean;
  /** Moderate or severe tortuosity. */
  moderateOrSevereTortuosity: boolean;
  /** Absence of "interventional" collaterals (suitable for retrograde crossing). */
  noInterventionalCollaterals: boolean;
}

/** [Christopoulos 2016] ambiguity + tortuosity + circumflex CTO + no interventional collaterals, 0–4. The circumflex point comes from the vessel. */
export function progressCtoScore(items: ProgressCtoItems, vessel: CtoVessel): number {
  return [items.proximalCapAmbiguity, items.moderateOrSevereTortuosity, vessel === 'LCX', items.noInterventionalCollaterals].filter(Boolean).length;
}

/** The lesion items CASTLE adds to J-CTO's (Szijgyarto et al., JACC Cardiovasc Interv 2019;12:335-42). */
export interface CastleItems {
  /** Severe tortuosity, or a course that cannot be seen. */
  severeTortuosityOrUnseen: boolean;
  /** Severe calcification. */
  severeCalcification: boolean;
}

export interface CastleInputs {
  priorCabg: boolean;
  ageAtProcedure: number;
  /** Blunt or invisible stump: J-CTO's blunt stump. */
  bluntStump: boolean;
  /** Occlusion length ≥ 20 mm: J-CTO's length item. */
  occlusionLength20mmOrMore: boolean;
  items: CastleItems;
}

/** [Szijgyarto 2019] CABG history, Age ≥ 70, Stump blunt/invisible, Tortuosity severe/unseen, Length ≥ 20 mm, Extent of calcification severe: 0–6. */
export function castleScore(i: CastleInputs): number {
  return [i.priorCabg, i.ageAtProcedure >= 70, i.bluntStump, i.items.severeTortuosityOrUnseen, i.occlusionLength20mmOrMore, i.items.severeCalcification].filter(Boolean).length;
}
