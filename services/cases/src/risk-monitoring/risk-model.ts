import { jctoScore, progressCtoScore, type CtoVessel, type ProgressCtoItems } from '@registry/scores';
import { summarize, type OfficialSummary } from '../core-lab/official-summary.ts';
import type { CoreLabJudgement } from '../core-lab/read-fields.ts';

/**
 * The risk model of technical success [R15][R38]: logit P(success) = β₀ + β₁·J-CTO +
 * β₂·PROGRESS-CTO, both scores as the registry's one calculator computes them
 * (packages/scores). The J-CTO items are the core lab's read [R24], as in the annual
 * report; PROGRESS-CTO's items are the operator's form (the core lab does not read them),
 * its circumflex point the case's vessel.
 */
export const RISK_MODEL_TERMS = ['INTERCEPT', 'JCTO_SCORE', 'PROGRESS_CTO_SCORE'] as const;
export type RiskModelTerm = (typeof RISK_MODEL_TERMS)[number];

/** One case as the model reads it: its scores and its official technical success. */
export interface RiskCase {
  registrationNumber: string;
  operatorId: string;
  jcto: number;
  progressCto: number;
  success: boolean;
}

export interface RiskCaseFacts {
  registrationNumber: string;
  operatorId: string;
  vessel: CtoVessel;
  judgement: CoreLabJudgement;
  progressItems: ProgressCtoItems;
  /** The rulings' changes to the official outcomes that apply [R28b]. */
  overrides: Partial<OfficialSummary>;
}

export function riskCase(f: RiskCaseFacts): RiskCase {
  const j = f.judgement;
  return {
    registrationNumber: f.registrationNumber,
    operatorId: f.operatorId,
    jcto: jctoScore({ bluntStump: j.bluntStump, calcification: j.calcification, bendingOver45: j.bending, occlusionLength20mmOrMore: j.occlusionLength20mm, retryLesion: j.retryLesion }).score,
    progressCto: progressCtoScore(f.progressItems, f.vessel),
    success: summarize(j, f.overrides).technicalSuccess,
  };
}

/** The design row of a case, in the order of RISK_MODEL_TERMS. */
export const designRow = (c: Pick<RiskCase, 'jcto' | 'progressCto'>): number[] => [1, c.jcto, c.progressCto];
