import type { Executor } from '@registry/db';
import { CrfSection } from '../form/crf-sections.ts';
import type { FollowUpRepository } from '../follow-up/follow-up-repository.ts';
import type { FormRepository } from '../form/form-repository.ts';
import { caseFee, type CaseFee } from './fee-rules.ts';
import type { FeeCaseRecord } from './fee-statement-repository.ts';

/** One adopted case's fee [R20], with what it was computed from. */
export interface ComputedFeeLine extends CaseFee {
  case: FeeCaseRecord;
  /** Yearly follow-ups entered by the case's operator (each 1,000 yen, 5,000 at most). */
  followUpYears: number;
}

/**
 * [R20] The fee of each adopted domestic case: the 4,000 once complete, the 1,000 of the
 * acute results and of each yearly follow-up when the case's operator entered them, the
 * follow-ups 5,000 at most. Read through `db` (the issuing transaction when issuing).
 */
export async function feeLines(adopted: readonly FeeCaseRecord[], deps: { forms: FormRepository; followUps: FollowUpRepository }, db?: Executor): Promise<ComputedFeeLine[]> {
  const numbers = adopted.map((c) => c.registrationNumber);
  const [sections, followUps] = await Promise.all([deps.forms.sectionsOf(numbers, db), deps.followUps.ofCases(numbers, db)]);
  return adopted.map((c) => {
    const outcome = sections.find((s) => s.registrationNumber === c.registrationNumber && s.section === CrfSection.Outcome);
    const followUpYears = followUps.filter((f) => f.registrationNumber === c.registrationNumber && f.enteredByOperatorId === c.operatorId).length;
    const fee = caseFee({
      domestic: c.domestic,
      adoptedForAnnualReport: c.reportYear !== null,
      complete: c.status === 'COMPLETE',
      acuteResultsEnteredByOperator: outcome !== undefined && outcome.firstEnteredByOperatorId === c.operatorId,
      followUpYearsEnteredByOperator: followUpYears,
    });
    return { case: c, followUpYears, ...fee };
  });
}

export const totalOf = (lines: readonly { total: number }[]) => lines.reduce((sum, l) => sum + l.total, 0);
