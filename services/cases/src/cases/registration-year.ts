/**
 * [R13][R14] An operator's registrations of one calendar year (Japan). Domestic cases must
 * all be registered; overseas ones are optional, unless the year's domestic count is under
 * 50: then the overseas cases are required too, and the operator is told so.
 */
export const YEARLY_CASES = 50;

export interface RegistrationYear {
  operatorId: string;
  year: number;
  domesticCompleted: number;
  overseasCompleted: number;
  /** [R13] the domestic count so far is under 50: overseas cases must be registered. */
  overseasRequired: boolean;
}

export function registrationYear(operatorId: string, year: number, counts: { domestic: number; overseas: number }): RegistrationYear {
  return { operatorId, year, domesticCompleted: counts.domestic, overseasCompleted: counts.overseas, overseasRequired: counts.domestic < YEARLY_CASES };
}
