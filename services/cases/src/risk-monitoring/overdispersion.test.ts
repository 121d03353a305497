import { describe, expect, it } from 'vitest';
import { funnel, limitsAt } from './funnel.ts';
import { MIN_OPERATORS, overdispersion, randomEffectsLimits, winsorized } from './overdispersion.ts';

// The hand-checked example of docs/monitoring.md: twelve operators of 20 cases, each case
// expected to succeed with p = 0.8 (E = 16 each), far more spread than chance.
const SUCCESSES = [20, 20, 19, 19, 18, 16, 15, 14, 13, 12, 11, 8];
const spread = SUCCESSES.flatMap((o, i) => Array.from({ length: 20 }, (_, j) => ({ operatorId: `OP${String(i + 1).padStart(4, '0')}`, success: j < o, expected: 0.8 })));

describe('overdispersion of the funnel (Spiegelhalter 2005) [R15][R38]', () => {
  it('should winsorize at 10 % and 90 %: the lowest and highest tenth take the values next to them', () => {
    expect(winsorized([5, -9, 1, 2, 3, 4, 0, 6, 7, 8])).toEqual([5, 0, 1, 2, 3, 4, 0, 6, 7, 7]);
    expect(winsorized([3, 1, 2])).toEqual([3, 1, 2]);
  });

  it('[R15][R38] should estimate φ, its χ² p-value and τ² as worked by hand', () => {
    const d = overdispersion(SUCCESSES.map((o) => ({ cases: 20, ratio: o / 16 })), 0.8);
    // s = √(0.2/16) = 0.111803; z = (O/16 − 1)/s; winsorized, Σz̃²/12 = 3.48958; kφ = 41.875.
    expect(d.operators).toBe(12);
    expect(d.phi).toBeCloseTo(3.48958, 4);
    expect(d.pValue).toBeLessThan(0.001);
    // τ² = (41.875 − 11) / (12·80 − 12·80²/(12·80)) = 30.875 / 880.
    expect(d.tau2).toBeCloseTo(0.0350852, 6);
    expect(d.applied).toBe(true);
    const l = randomEffectsLimits(20, 0.8, d.tau2);
    expect(l.lower998).toBeCloseTo(0.32590, 4);
    expect(l.upper998).toBeCloseTo(1.67410, 4);
    expect(l.lower95).toBeCloseTo(0.57245, 4);
  });

  it('[R15][R38] should flag by the widened limits when operators vary beyond chance, and say so', () => {
    const exact = limitsAt(20, 0.8);
    const f = funnel(spread);
    const worst = f.operators.find((o) => o.operatorId === 'OP0012')!;
    // Outside the exact 99.8 % limit, inside the random-effects one: below 95 %, not flagged.
    expect(worst.ratio).toBeLessThan(exact.lower998);
    expect(f.overdispersion.applied).toBe(true);
    expect(worst.position).toBe('BELOW_95');
    expect(worst.flaggedForReview).toBe(false);
    expect(worst.limits.lower998).toBeCloseTo(0.3259, 4);
    // The plot draws the limits the flags are decided by.
    expect(f.curve.find((p) => p.cases === 20)).toMatchObject(worst.limits);
  });

  it('[R15] should report but never apply an estimate on fewer operators than MIN_OPERATORS, nor where results vary as chance says', () => {
    const few = funnel(spread.filter((c) => Number(c.operatorId.slice(2)) > 12 - (MIN_OPERATORS - 1)));
    expect(few.overdispersion.operators).toBe(MIN_OPERATORS - 1);
    expect(few.overdispersion.phi).toBeGreaterThan(1);
    expect(few.overdispersion.applied).toBe(false);
    const kept = few.operators.find((o) => o.operatorId === 'OP0012')!.limits;
    for (const [bound, value] of Object.entries(limitsAt(20, 0.8))) expect(kept[bound as keyof typeof kept]).toBeCloseTo(value, 10);
    // Twelve operators at 16 of 20 each: no spread at all.
    const even = overdispersion(Array.from({ length: 12 }, () => ({ cases: 20, ratio: 1 })), 0.8);
    expect(even).toMatchObject({ phi: 0, tau2: 0, applied: false });
    expect(even.pValue).toBeCloseTo(1, 6);
  });
});
