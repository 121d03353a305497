/**
 * [R20] Registration fees, per domestic case adopted for the annual report:
 * 4,000 yen once the images and the form through the procedure result are complete;
 * 1,000 yen once the acute results are entered, when the operator entered them;
 * 1,000 yen per yearly follow-up entered by the operator, at most 5,000 yen.
 * The original's "最大5,000円／症例" sits on the follow-up line: five years at 1,000 yen.
 */
export const REGISTRATION_FEE_YEN = 4_000;
export const ACUTE_RESULT_FEE_YEN = 1_000;
export const FOLLOW_UP_FEE_YEN = 1_000;
export const FOLLOW_UP_FEE_CAP_YEN = 5_000;

export interface FeeFacts {
  domestic: boolean;
  adoptedForAnnualReport: boolean;
  /** Images and the form through the procedure result are in [R18]. */
  complete: boolean;
  /** The acute (in-hospital) results were entered by the case's operator. */
  acuteResultsEnteredByOperator: boolean;
  /** Yearly follow-ups entered by the case's operator. */
  followUpYearsEnteredByOperator: number;
}

export interface CaseFee {
  registrationFee: number;
  acuteResultFee: number;
  followUpFee: number;
  total: number;
}

export function caseFee(f: FeeFacts): CaseFee {
  if (!f.domestic || !f.adoptedForAnnualReport) return { registrationFee: 0, acuteResultFee: 0, followUpFee: 0, total: 0 };
  const registrationFee = f.complete ? REGISTRATION_FEE_YEN : 0;
  const acuteResultFee = f.acuteResultsEnteredByOperator ? ACUTE_RESULT_FEE_YEN : 0;
  const followUpFee = Math.min(FOLLOW_UP_FEE_CAP_YEN, Math.max(0, f.followUpYearsEnteredByOperator) * FOLLOW_UP_FEE_YEN);
  return { registrationFee, acuteResultFee, followUpFee, total: registrationFee + acuteResultFee + followUpFee };
}
