import { describe, expect, it } from 'vitest';
import { judgeEligibility, type EligibilityAnswers } from './eligibility.ts';

const eligible: EligibilityAnswers = {
  inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true },
  exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false },
};

describe('eligibility [T5.3]', () => {
  it('should judge eligible when every inclusion is yes and every exclusion no', () => {
    expect(judgeEligibility(eligible)).toEqual({ eligible: true });
  });

  it('should judge ineligible on any inclusion answered no, naming it', () => {
    const v = judgeEligibility({ ...eligible, inclusion: { ...eligible.inclusion, occlusionAtLeastThreeMonths: false } });
    expect(v).toMatchObject({ eligible: false, failed: ['inclusion', 'occlusionAtLeastThreeMonths'] });
  });

  it('should judge ineligible on any exclusion answered yes, naming it', () => {
    const v = judgeEligibility({ ...eligible, exclusion: { ...eligible.exclusion, acuteCoronarySyndromeCulprit: true } });
    expect(v).toMatchObject({ eligible: false, failed: ['exclusion', 'acuteCoronarySyndromeCulprit'] });
  });
});
