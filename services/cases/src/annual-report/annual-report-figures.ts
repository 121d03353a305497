import { jctoScore, type JctoCategory } from '@registry/scores';
import type { CoreLabJudgement, Perforation } from '../core-lab/read-fields.ts';
import type { OfficialSummary } from '../core-lab/official-summary.ts';
import type { Outcome, Procedure } from '../form/crf-sections.ts';

/**
 * The annual report's figures [R27][R41], a pure function of the adopted cases. Every
 * figure is a numerator over a denominator, never a bare percentage, so a reader can
 * check it and a later pooled analysis can add years up.
 *
 * - Success, indication and the angiographic complications are the official result: the
 *   core lab's final judgement with any committee ruling's change applied [R26][R27][R28b].
 * - The J-CTO category is the core lab's read of the items [R24], not the operator's form.
 * - The approach is the operator's form (the strategies tried); the core lab does not
 *   judge it. In-hospital clinical events (death, emergency CABG, …) are the form's too:
 *   nobody else records them. Each complication says where it comes from.
 */

export interface Rate {
  numerator: number;
  denominator: number;
}

export const JCTO_CATEGORIES: readonly JctoCategory[] = ['EASY', 'INTERMEDIATE', 'DIFFICULT', 'VERY_DIFFICULT'];

/** ANTEGRADE: only antegrade strategies were tried; RETROGRADE: a retrograde attempt, alone or after antegrade ones. */
export const APPROACHES = ['ANTEGRADE', 'RETROGRADE', 'NOT_RECORDED'] as const;
export type Approach = (typeof APPROACHES)[number];

/**
 * The operator's registered cases with a procedure before 1 January of the report year
 * (domestic and overseas, as the renewal counts them [R13][R14]). The registry knows no
 * other experience: the 300 cases an applicant declares [R50a] are the operators
 * subgraph's, and a count by the year's own cases would move with the report itself.
 * 50 is a year's requirement [R14]; 150 three years of it.
 */
export const EXPERIENCE_BANDS = ['NONE_BEFORE', 'UNDER_50', 'FROM_50_TO_149', 'FROM_150'] as const;
export type ExperienceBand = (typeof EXPERIENCE_BANDS)[number];

export function experienceBand(casesBefore: number): ExperienceBand {
  if (casesBefore <= 0) return 'NONE_BEFORE';
  if (casesBefore < 50) return 'UNDER_50';
  if (casesBefore < 150) return 'FROM_50_TO_149';
  return 'FROM_150';
}

export const COMPLICATIONS = [
  'ANGIOGRAPHIC',
  'PERFORATION',
  'PERFORATION_ELLIS_I',
  'PERFORATION_ELLIS_II',
  'PERFORATION_ELLIS_III',
  'PERFORATION_ELLIS_III_CAVITY_SPILLING',
  'NO_REFLOW',
  'DISSECTION',
  'DEATH',
  'MYOCARDIAL_INFARCTION',
  'STROKE',
  'TAMPONADE',
  'EMERGENCY_CABG',
  'DONOR_VESSEL_INJURY',
  'CONTRAST_NEPHROPATHY',
  'ACCESS_SITE_COMPLICATION',
] as const;
export type Complication = (typeof COMPLICATIONS)[number];
export type ComplicationSource = 'CORE_LAB' | 'CASE_REPORT_FORM';

export interface ComplicationFigure extends Rate {
  kind: Complication;
  source: ComplicationSource;
}

export interface Figures {
  cases: number;
  indicationAppropriate: Rate;
  technicalSuccess: Rate;
  procedureSuccess: Rate;
  complications: ComplicationFigure[];
}

/** Why a domestic case of the year is or is not in the report [R20]. */
export interface Adoption {
  domesticCases: number;
  adopted: number;
  notComplete: number;
  awaitingOfficialResult: number;
  consentWithdrawn: number;
}

export interface AnnualReportContent {
  year: number;
  adoption: Adoption;
  overall: Figures;
  byJctoCategory: { category: JctoCategory; figures: Figures }[];
  byApproach: { approach: Approach; figures: Figures }[];
  byExperienceBand: { band: ExperienceBand; figures: Figures }[];
}

/** One adopted case as the aggregation needs it: official result, form sections, experience. */
export interface ReportCase {
  registrationNumber: string;
  judgement: CoreLabJudgement;
  /** The four outcomes with every ruling applied [R28b]. */
  outcomes: OfficialSummary;
  procedure: Pick<Procedure, 'strategies'> | null;
  outcome: Pick<Outcome, 'complications'> | null;
  operatorCasesBefore: number;
}

export function approachOf(procedure: ReportCase['procedure']): Approach {
  if (!procedure || procedure.strategies.length === 0) return 'NOT_RECORDED';
  return procedure.strategies.some((s) => s.strategy === 'RETROGRADE') ? 'RETROGRADE' : 'ANTEGRADE';
}

/** The J-CTO category of the core lab's read [Morino 2011], by the registry's one calculator. */
export function jctoCategoryOf(j: CoreLabJudgement): JctoCategory {
  return jctoScore({ bluntStump: j.bluntStump, calcification: j.calcification, bendingOver45: j.bending, occlusionLength20mmOrMore: j.occlusionLength20mm, retryLesion: j.retryLesion }).category;
}

const ELLIS: Record<Exclude<Perforation, 'NONE'>, Complication> = {
  ELLIS_I: 'PERFORATION_ELLIS_I',
  ELLIS_II: 'PERFORATION_ELLIS_II',
  ELLIS_III: 'PERFORATION_ELLIS_III',
  ELLIS_III_CAVITY_SPILLING: 'PERFORATION_ELLIS_III_CAVITY_SPILLING',
};

/**
 * The angiographic complications a case counts under. A ruling that finds no complication
 * [R28b] takes the case out of every angiographic kind, so no perforation is counted that
 * the official result denies; a ruling that finds one the core lab did not see counts it
 * as ANGIOGRAPHIC only (the ruling names no kind).
 */
function angiographic(c: ReportCase): Set<Complication> {
  const kinds = new Set<Complication>();
  if (!c.outcomes.complication) return kinds;
  kinds.add('ANGIOGRAPHIC');
  if (c.judgement.perforation !== 'NONE') {
    kinds.add('PERFORATION');
    kinds.add(ELLIS[c.judgement.perforation]);
  }
  if (c.judgement.noReflow) kinds.add('NO_REFLOW');
  if (c.judgement.dissection) kinds.add('DISSECTION');
  return kinds;
}

const CLINICAL: Partial<Record<Complication, keyof Outcome['complications']>> = {
  DEATH: 'death',
  MYOCARDIAL_INFARCTION: 'myocardialInfarction',
  STROKE: 'stroke',
  TAMPONADE: 'tamponade',
  EMERGENCY_CABG: 'emergencyCabg',
  DONOR_VESSEL_INJURY: 'donorVesselInjury',
  CONTRAST_NEPHROPATHY: 'contrastNephropathy',
  ACCESS_SITE_COMPLICATION: 'accessSiteComplication',
};

const rate = (cases: readonly ReportCase[], holds: (c: ReportCase) => boolean): Rate => ({ numerator: cases.filter(holds).length, denominator: cases.length });

/** The figures of a group of cases; clinical events over the cases whose outcome section is entered. */
export function figuresOf(cases: readonly ReportCase[]): Figures {
  const withOutcome = cases.filter((c) => c.outcome !== null);
  const complications = COMPLICATIONS.map((kind): ComplicationFigure => {
    const field = CLINICAL[kind];
    if (field === undefined) return { kind, source: 'CORE_LAB', ...rate(cases, (c) => angiographic(c).has(kind)) };
    return { kind, source: 'CASE_REPORT_FORM', ...rate(withOutcome, (c) => c.outcome!.complications[field] === true) };
  });
  return {
    cases: cases.length,
    indicationAppropriate: rate(cases, (c) => c.outcomes.indicationAppropriate),
    technicalSuccess: rate(cases, (c) => c.outcomes.technicalSuccess),
    procedureSuccess: rate(cases, (c) => c.outcomes.procedureSuccess),
    complications,
  };
}

/** The whole report of a year: every group is listed, an empty one with zero over zero. */
export function annualReportContent(year: number, adoption: Adoption, cases: readonly ReportCase[]): AnnualReportContent {
  const sorted = [...cases].sort((a, b) => (a.registrationNumber < b.registrationNumber ? -1 : a.registrationNumber > b.registrationNumber ? 1 : 0));
  return {
    year,
    adoption,
    overall: figuresOf(sorted),
    byJctoCategory: JCTO_CATEGORIES.map((category) => ({ category, figures: figuresOf(sorted.filter((c) => jctoCategoryOf(c.judgement) === category)) })),
    byApproach: APPROACHES.map((approach) => ({ approach, figures: figuresOf(sorted.filter((c) => approachOf(c.procedure) === approach)) })),
    byExperienceBand: EXPERIENCE_BANDS.map((band) => ({ band, figures: figuresOf(sorted.filter((c) => experienceBand(c.operatorCasesBefore) === band)) })),
  };
}
