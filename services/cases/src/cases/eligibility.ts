import { ageOn } from '@registry/calendar';

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

/** What the registry knows itself at registration, from which it derives criteria [T5.3]. */
export interface EligibilityFacts {
  birthDate: string;
  procedureDate: string;
}

/** [T5.3] adulthood: 18 years, the age of majority in Japan since April 2022 (Civil Code art. 4). */
export const ADULT_AGE = 18;

export interface FailedCriterion {
  /** The answer's path under `eligibility`, e.g. `['inclusion', 'adult']`. */
  field: ['inclusion' | 'exclusion', string];
  message: string;
}

export type EligibilityVerdict = { eligible: true } | { eligible: false; failed: FailedCriterion[] };

/**
 * Every failing criterion, in the order the criteria are listed, or eligible. A criterion
 * the registry can derive from what it holds (adulthood, from the birth date on the
 * procedure date) is computed, and an answer that contradicts it fails too: the registry
 * never takes "adult: yes" for a ten-year-old.
 */
export function judgeEligibility(a: EligibilityAnswers, facts: EligibilityFacts): EligibilityVerdict {
  const failed: FailedCriterion[] = [];
  const age = ageOn(facts.birthDate, facts.procedureDate);
  const adult = age >= ADULT_AGE;
  for (const [key, yes] of Object.entries(a.inclusion)) {
    if (key === 'adult' && yes !== adult) {
      failed.push({
        field: ['inclusion', key],
        message: adult
          ? `The patient is ${age} on the procedure date, an adult: the answer "no" contradicts the birth date`
          : `The patient is ${age} on the procedure date, not an adult (${ADULT_AGE})`,
      });
    } else if (!yes) {
      failed.push({ field: ['inclusion', key], message: `Inclusion criterion not met: ${key}` });
    }
  }
  for (const [key, yes] of Object.entries(a.exclusion)) {
    if (yes) failed.push({ field: ['exclusion', key], message: `Exclusion criterion applies: ${key}` });
  }
  return failed.length === 0 ? { eligible: true } : { eligible: false, failed };
}
