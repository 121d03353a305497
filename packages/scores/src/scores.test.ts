import { describe, expect, it } from 'vitest';
import { ageOn } from '@registry/calendar';
import { castleScore, jctoScore, progressCtoScore, type JctoItems } from './index.ts';

const none: JctoItems = { bluntStump: false, calcification: false, bendingOver45: false, occlusionLength20mmOrMore: false, retryLesion: false };

describe('J-CTO score (Morino 2011)', () => {
  it('should give one point for each of the five components', () => {
    for (const key of Object.keys(none) as (keyof JctoItems)[]) {
      expect(jctoScore({ ...none, [key]: true }).score).toBe(1);
    }
    expect(jctoScore({ bluntStump: true, calcification: true, bendingOver45: true, occlusionLength20mmOrMore: true, retryLesion: true }).score).toBe(5);
  });

  it('should grade 0 easy, 1 intermediate, 2 difficult and 3 or more very difficult', () => {
    expect(jctoScore(none).category).toBe('EASY');
    expect(jctoScore({ ...none, bluntStump: true }).category).toBe('INTERMEDIATE');
    expect(jctoScore({ ...none, bluntStump: true, retryLesion: true }).category).toBe('DIFFICULT');
    expect(jctoScore({ ...none, bluntStump: true, retryLesion: true, calcification: true }).category).toBe('VERY_DIFFICULT');
  });
});

describe('PROGRESS-CTO score (Christopoulos 2016)', () => {
  const items = { proximalCapAmbiguity: false, moderateOrSevereTortuosity: false, noInterventionalCollaterals: false };

  it('should count proximal cap ambiguity, tortuosity, a circumflex CTO and absent interventional collaterals, one point each', () => {
    expect(progressCtoScore(items, 'RCA')).toBe(0);
    expect(progressCtoScore({ ...items, proximalCapAmbiguity: true }, 'RCA')).toBe(1);
    expect(progressCtoScore({ ...items, moderateOrSevereTortuosity: true }, 'LAD')).toBe(1);
    expect(progressCtoScore({ ...items, noInterventionalCollaterals: true }, 'RCA')).toBe(1);
    expect(progressCtoScore(items, 'LCX')).toBe(1);
    expect(progressCtoScore({ proximalCapAmbiguity: true, moderateOrSevereTortuosity: true, noInterventionalCollaterals: true }, 'LCX')).toBe(4);
  });
});

describe('CASTLE score (Szijgyarto 2019)', () => {
  const base = { priorCabg: false, ageAtProcedure: 69, bluntStump: false, occlusionLength20mmOrMore: false, items: { severeTortuosityOrUnseen: false, severeCalcification: false } };

  it('should give a point at age 70, not 69', () => {
    expect(castleScore(base)).toBe(0);
    expect(castleScore({ ...base, ageAtProcedure: 70 })).toBe(1);
  });

  it('should count CABG history, stump, tortuosity, length and calcification extent, one point each, up to 6', () => {
    expect(castleScore({ ...base, priorCabg: true })).toBe(1);
    expect(castleScore({ ...base, bluntStump: true })).toBe(1);
    expect(castleScore({ ...base, occlusionLength20mmOrMore: true })).toBe(1);
    expect(castleScore({ ...base, items: { severeTortuosityOrUnseen: true, severeCalcification: false } })).toBe(1);
    expect(castleScore({ ...base, items: { severeTortuosityOrUnseen: false, severeCalcification: true } })).toBe(1);
    expect(castleScore({ priorCabg: true, ageAtProcedure: 80, bluntStump: true, occlusionLength20mmOrMore: true, items: { severeTortuosityOrUnseen: true, severeCalcification: true } })).toBe(6);
  });

  it('should compute the age in whole years, a birthday counting on the day', () => {
    expect(ageOn('1956-04-02', '2026-04-01')).toBe(69);
    expect(ageOn('1956-04-02', '2026-04-02')).toBe(70);
  });
});
