import { describe, expect, it } from 'vitest';
import { judgeEligibility, type EligibilityAnswers } from './eligibility.ts';

const eligible: EligibilityAnswers = {
  inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true },
  exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false },
};
const adult = { birthDate: '1952-05-17', procedureDate: '2026-03-02' };

describe('eligibility [T5.3]', () => {
  it('should judge eligible when every inclusion is yes and every exclusion no [T5.3]', () => {
    expect(judgeEligibility(eligible, adult)).toEqual({ eligible: true });
  });

  it('should name an inclusion answered no [T5.3]', () => {
    const v = judgeEligibility({ ...eligible, inclusion: { ...eligible.inclusion, occlusionAtLeastThreeMonths: false } }, adult);
    expect(v).toMatchObject({ eligible: false, failed: [{ field: ['inclusion', 'occlusionAtLeastThreeMonths'] }] });
  });

  it('should name an exclusion answered yes [T5.3]', () => {
    const v = judgeEligibility({ ...eligible, exclusion: { ...eligible.exclusion, acuteCoronarySyndromeCulprit: true } }, adult);
    expect(v).toMatchObject({ eligible: false, failed: [{ field: ['exclusion', 'acuteCoronarySyndromeCulprit'] }] });
  });

  it('should report every failed criterion, in the order of the criteria [T5.3]', () => {
    const v = judgeEligibility(
      { inclusion: { ...eligible.inclusion, timiZeroFlow: false, nativeCoronaryArtery: false }, exclusion: { acuteCoronarySyndromeCulprit: true, declinedDataUse: true } },
      adult,
    );
    expect(v.eligible === false && v.failed.map((f) => f.field.join('.'))).toEqual([
      'inclusion.timiZeroFlow',
      'inclusion.nativeCoronaryArtery',
      'exclusion.acuteCoronarySyndromeCulprit',
      'exclusion.declinedDataUse',
    ]);
  });

  it('should compute adulthood from the birth date on the procedure date and refuse a contradiction [T5.3]', () => {
    const child = { birthDate: '2016-03-03', procedureDate: '2026-11-01' };
    expect(judgeEligibility(eligible, child)).toMatchObject({ eligible: false, failed: [{ field: ['inclusion', 'adult'], message: expect.stringContaining('is 10') }] });
    expect(judgeEligibility({ ...eligible, inclusion: { ...eligible.inclusion, adult: false } }, adult)).toMatchObject({ eligible: false, failed: [{ field: ['inclusion', 'adult'] }] });
  });

  it('should count the eighteenth birthday itself as adult [T5.3]', () => {
    expect(judgeEligibility(eligible, { birthDate: '2008-11-01', procedureDate: '2026-11-01' })).toEqual({ eligible: true });
    expect(judgeEligibility(eligible, { birthDate: '2008-11-02', procedureDate: '2026-11-01' }).eligible).toBe(false);
  });
});
