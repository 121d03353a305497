/**
 * [T5.3] Eligibility is judged before a registration number is issued: every inclusion
 * criterion must be answered yes and every exclusion criterion no. The criteria are the
 * registry's reading of a CTO-PCI case (CTO: TIMI 0 flow, occlusion of at least three
 * months, native coronary artery) with written consent [R16].
 */
export interface InclusionAnswers {
  /** TIMI 0 antegrade flow through the occluded segment. */
  timiZeroFlow: boolean;
  /** Occlusion estimated at three months or more. */
  occlusionAtLeastThreeMonths: boolean;
  /** The occlusion is in a native coronary artery (not a bypass graft). */
  nativeCoronaryArtery: boolean;
  /** The patient is an adult. */
  adult: boolean;
}

export interface ExclusionAnswers {
  /** The occlusion is the culprit of an acute coronary syndrome. */
  acuteCoronarySyndromeCulprit: boolean;
  /** The patient declined the use of their clinical data. */
  declinedDataUse: boolean;
}

export interface EligibilityAnswers {
  inclusion: InclusionAnswers;
  exclusion: ExclusionAnswers;
}

export type EligibilityVerdict = { eligible: true } | { eligible: false; failed: ['inclusion' | 'exclusion', string]; reason: string };

/** The first failing answer, in the order the criteria are listed, or eligible. */
export function judgeEligibility(a: EligibilityAnswers): EligibilityVerdict {
  for (const [key, yes] of Object.entries(a.inclusion)) {
    if (!yes) return { eligible: false, failed: ['inclusion', key], reason: `Inclusion criterion not met: ${key}` };
  }
  for (const [key, yes] of Object.entries(a.exclusion)) {
    if (yes) return { eligible: false, failed: ['exclusion', key], reason: `Exclusion criterion applies: ${key}` };
  }
  return { eligible: true };
}
