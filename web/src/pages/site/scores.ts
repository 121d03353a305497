/**
 * The lesion scores as the form is filled, by the same published definitions as the
 * server's `services/cases/src/form/scores.ts` (the web never imports a service): each
 * component one point. test/web/site-scores.test.ts compares the two over every input.
 */
export interface JctoItems {
  bluntStump: boolean;
  calcification: boolean;
  bendingOver45: boolean;
  occlusionLength20mmOrMore: boolean;
  retryLesion: boolean;
}
export interface ProgressCtoItems {
  proximalCapAmbiguity: boolean;
  moderateOrSevereTortuosity: boolean;
  noInterventionalCollaterals: boolean;
}
export interface CastleItems {
  severeTortuosityOrUnseen: boolean;
  severeCalcification: boolean;
}
export type JctoCategory = 'EASY' | 'INTERMEDIATE' | 'DIFFICULT' | 'VERY_DIFFICULT';

const points = (items: boolean[]) => items.filter(Boolean).length;

/** J-CTO (Morino 2011): 0 easy, 1 intermediate, 2 difficult, ≥ 3 very difficult. */
export function jctoScore(i: JctoItems): { score: number; category: JctoCategory } {
  const score = points([i.bluntStump, i.calcification, i.bendingOver45, i.occlusionLength20mmOrMore, i.retryLesion]);
  return { score, category: score === 0 ? 'EASY' : score === 1 ? 'INTERMEDIATE' : score === 2 ? 'DIFFICULT' : 'VERY_DIFFICULT' };
}

/** PROGRESS-CTO (Christopoulos 2016), 0–4: the circumflex point comes from the case's vessel. */
export function progressCtoScore(i: ProgressCtoItems, vessel: string): number {
  return points([i.proximalCapAmbiguity, i.moderateOrSevereTortuosity, vessel === 'LCX', i.noInterventionalCollaterals]);
}

/** CASTLE (Szijgyarto 2019), 0–6: CABG history, age ≥ 70, blunt stump, tortuosity, length ≥ 20 mm, severe calcification. */
export function castleScore(i: { priorCabg: boolean; ageAtProcedure: number; bluntStump: boolean; occlusionLength20mmOrMore: boolean; items: CastleItems }): number {
  return points([i.priorCabg, i.ageAtProcedure >= 70, i.bluntStump, i.items.severeTortuosityOrUnseen, i.occlusionLength20mmOrMore, i.items.severeCalcification]);
}
