import { describe, expect, it } from 'vitest';
import { computeFigures, deviations, invalidThresholdField, notImproved, thresholdsFor, warningMeasures, type OfficialResult } from './monitoring-rules.ts';

const ok: OfficialResult = { technicalSuccess: true, procedureSuccess: true, complication: false, indicationAppropriate: true };
const bad: OfficialResult = { technicalSuccess: false, procedureSuccess: false, complication: true, indicationAppropriate: false };
const thresholds = { fromYear: 2026, minIndicationAppropriateRate: 90, maxComplicationRate: 5, minSuccessRate: 80 };

describe('monitoring', () => {
  it('should compute rates as percentages of official results [R15]', () => {
    expect(computeFigures('OP0003', 2026, [ok, ok, ok, bad])).toEqual({
      operatorId: 'OP0003', year: 2026, cases: 4, indicationAppropriateRate: 75, complicationRate: 25, technicalSuccessRate: 75, procedureSuccessRate: 75,
    });
  });

  it('should name every criterion the figures fall outside of [R15][R38]', () => {
    expect(deviations(computeFigures('OP0003', 2026, [ok, bad]), thresholds)).toEqual(['INDICATION_SELECTION', 'COMPLICATION_RATE', 'SUCCESS_RATE']);
    expect(deviations(computeFigures('OP0003', 2026, [ok, ok]), thresholds)).toEqual([]);
  });

  it('should find no deviation in a year without official results [R15]', () => {
    expect(deviations(computeFigures('OP0003', 2026, []), thresholds)).toEqual([]);
  });

  it('should apply the latest criteria set from that year or before [R38]', () => {
    const later = { ...thresholds, fromYear: 2028, minSuccessRate: 85 };
    expect(thresholdsFor(2027, [thresholds, later])).toBe(thresholds);
    expect(thresholdsFor(2029, [thresholds, later])).toBe(later);
    expect(thresholdsFor(2025, [thresholds, later])).toBeUndefined();
  });

  it('should find a warned operator not improved while a warned criterion still deviates [R15]', () => {
    expect(notImproved(['COMPLICATION_RATE'], computeFigures('OP0003', 2027, [ok, bad]), thresholds)).toBe(true);
    expect(notImproved(['COMPLICATION_RATE'], computeFigures('OP0003', 2027, [ok, ok]), thresholds)).toBe(false);
    expect(notImproved(['COMPLICATION_RATE'], computeFigures('OP0003', 2027, []), thresholds)).toBe(false);
  });

  it('should warn a deviating certified operator once a year [R15]', () => {
    expect(warningMeasures('CERTIFIED', ['SUCCESS_RATE'], false)).toEqual(['SUCCESS_RATE']);
    for (const [status, found, warned] of [['CERTIFIED', [], false], ['CERTIFIED', ['SUCCESS_RATE'], true], ['OB', ['SUCCESS_RATE'], false]] as const) {
      expect(() => warningMeasures(status, found, warned)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ rule: 'R15' }) }));
    }
  });

  it('should accept only percentages as criteria [R38]', () => {
    expect(invalidThresholdField(thresholds)).toBeUndefined();
    expect(invalidThresholdField({ ...thresholds, maxComplicationRate: 120 })).toBe('maxComplicationRate');
  });
});
