import type { CoreLabJudgement } from './read-fields.ts';

/**
 * The four outcomes every report and the monitoring use [R15][R27][R38], derived from the
 * official core-lab judgement, never from the operator's own report [R28a]. A committee
 * ruling may overturn any of them [R28b]; the overrides win.
 */
export interface OfficialSummary {
  /** [R15] indication selection: a true chronic total occlusion. */
  indicationAppropriate: boolean;
  technicalSuccess: boolean;
  /** An angiographic complication: perforation, no-reflow or a dissection. */
  complication: boolean;
  /** Technical success without an angiographic complication. */
  procedureSuccess: boolean;
}

export type SummaryField = keyof OfficialSummary;

export function summarize(judgement: CoreLabJudgement, overrides: Partial<OfficialSummary> = {}): OfficialSummary {
  const technicalSuccess = overrides.technicalSuccess ?? judgement.technicalSuccess;
  const complication = overrides.complication ?? (judgement.perforation !== 'NONE' || judgement.noReflow || judgement.dissection);
  return {
    indicationAppropriate: overrides.indicationAppropriate ?? judgement.ctoStatus === 'CTO_CONFIRMED',
    technicalSuccess,
    complication,
    // An overturned technical success or complication carries into procedure success.
    procedureSuccess: overrides.procedureSuccess ?? (technicalSuccess && !complication),
  };
}

/** Every ruling's change to a case's outcomes [R28b], in order, the latest winning (as the case shows it). */
export function overridesFrom(changes: readonly { field: string; toValue: unknown }[]): Partial<OfficialSummary> {
  const overrides: Partial<OfficialSummary> = {};
  for (const c of changes) if (typeof c.toValue === 'boolean') overrides[c.field as SummaryField] = c.toValue;
  return overrides;
}
