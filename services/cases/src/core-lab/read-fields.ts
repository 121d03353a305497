import { jctoScore } from '@registry/scores';

/**
 * What a core-lab reader records for a case [R26]: the angiographic judgement, read blind
 * from the images [R25]. Every field here is decisive: the two reads must agree on it,
 * or the supervisor decides it.
 */
export type CtoStatus = 'CTO_CONFIRMED' | 'SUBTOTAL' | 'NOT_ELIGIBLE';
export type Perforation = 'NONE' | 'ELLIS_I' | 'ELLIS_II' | 'ELLIS_III' | 'ELLIS_III_CAVITY_SPILLING';
export type Timi = 0 | 1 | 2 | 3;

export interface CoreLabJudgement {
  ctoStatus: CtoStatus;
  /** J-CTO items as read [R24]. */
  bluntStump: boolean;
  calcification: boolean;
  bending: boolean;
  occlusionLength20mm: boolean;
  retryLesion: boolean;
  timiBefore: Timi;
  timiAfter: Timi;
  /** Residual stenosis of the treated segment, percent of diameter. */
  residualStenosis: number;
  sideBranchLoss: boolean;
  technicalSuccess: boolean;
  perforation: Perforation;
  noReflow: boolean;
  dissection: boolean;
}

export type JudgementField = keyof CoreLabJudgement;

/** A judgement as a reader or the supervisor sends it: the TIMI flows are any integer until checked. */
export type JudgementInput = Omit<CoreLabJudgement, 'timiBefore' | 'timiAfter'> & { timiBefore: number; timiAfter: number };

export const JUDGEMENT_FIELDS: readonly JudgementField[] = [
  'ctoStatus',
  'bluntStump',
  'calcification',
  'bending',
  'occlusionLength20mm',
  'retryLesion',
  'timiBefore',
  'timiAfter',
  'residualStenosis',
  'sideBranchLoss',
  'technicalSuccess',
  'perforation',
  'noReflow',
  'dissection',
];

/**
 * Two residual-stenosis reads within this many percentage points agree (their mean,
 * rounded, is the result): quantitative reads of one image differ by a few points, and
 * the clinically decisive line (< 30 %) is far wider than that.
 */
export const RESIDUAL_STENOSIS_TOLERANCE = 10;

/** Range checks a schema's types cannot express; returns the first offending field. */
export function invalidJudgementField(j: Partial<JudgementInput>): { field: JudgementField; message: string } | undefined {
  for (const field of ['timiBefore', 'timiAfter'] as const) {
    const v = j[field];
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > 3)) return { field, message: 'TIMI flow is 0 to 3' };
  }
  const r = j.residualStenosis;
  if (r !== undefined && (!Number.isInteger(r) || r < 0 || r > 100)) return { field: 'residualStenosis', message: 'Residual stenosis is 0 to 100 percent' };
  return undefined;
}

/** The J-CTO score of the items as read [R24], by the registry's one calculator (@registry/scores). */
export function readJctoScore(j: CoreLabJudgement): number {
  return jctoScore({ bluntStump: j.bluntStump, calcification: j.calcification, bendingOver45: j.bending, occlusionLength20mmOrMore: j.occlusionLength20mm, retryLesion: j.retryLesion }).score;
}
