import { describe, expect, it } from 'vitest';
import { binomialLimit, binomialPmf } from './binomial.ts';

/** P(R = r) of Binomial(n, θ) from n choose r, computed here independently (a product of ratios, no logarithms). */
function pmfByChoose(n: number, theta: number): number[] {
  const out: number[] = [];
  for (let r = 0; r <= n; r++) {
    let choose = 1;
    for (let i = 1; i <= r; i++) choose = (choose * (n - r + i)) / i;
    out.push(choose * theta ** r * (1 - theta) ** (n - r));
  }
  return out;
}

/** Spiegelhalter's interpolated limit from the independent pmf: the first r whose cumulative sum reaches p. */
function limitBySumming(n: number, theta: number, p: number): number {
  const pmf = pmfByChoose(n, theta);
  let cdf = 0;
  for (let r = 0; r <= n; r++) {
    cdf += pmf[r]!;
    if (cdf >= p) return Math.max(0, (r - (cdf - p) / pmf[r]!) / n);
  }
  return 1;
}

const P = [0.001, 0.025, 0.975, 0.999];

describe('exact binomial funnel limits (Spiegelhalter 2005, Appendix A.1.1) [R15][R38]', () => {
  it('[R15] should give the limits of p = 0.8 at n = 20, 50 and 200 as the binomial pmf summed independently', () => {
    for (const n of [20, 50, 200]) for (const p of P) expect(binomialLimit(n, 0.8, p), `n ${n}, p ${p}`).toBeCloseTo(limitBySumming(n, 0.8, p), 10);
  });

  it('[R15] should give the values worked in docs/monitoring.md (exact fractions, to 6 places)', () => {
    const at = (n: number) => P.map((p) => Number(binomialLimit(n, 0.8, p).toFixed(6)));
    expect(at(10)).toEqual([0.302464, 0.470506, 0.976717, 0.999069]);
    expect(at(20)).toEqual([0.460746, 0.583885, 0.938316, 0.995663]);
    expect(at(50)).toEqual([0.600856, 0.672906, 0.895595, 0.945224]);
    expect(at(200)).toEqual([0.706031, 0.740653, 0.851583, 0.88015]);
  });

  it('[R15] should move with n smoothly, narrow as n grows and approach the normal limits for large n', () => {
    const lower = [20, 50, 200, 1000].map((n) => binomialLimit(n, 0.8, 0.001));
    expect(lower).toEqual([...lower].sort((a, b) => a - b));
    // n = 5000: the normal approximation 0.8 − 3.090232·√(0.16/5000) = 0.782519, within 0.001.
    expect(Math.abs(binomialLimit(5000, 0.8, 0.001) - 0.782519)).toBeLessThan(0.001);
  });

  it('should sum its pmf to 1 without underflow at large n, and keep its limits inside [0, 1]', () => {
    const pmf = binomialPmf(5000, 0.8);
    expect(pmf.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    expect(binomialPmf(20, 0.8)).toEqual(pmfByChoose(20, 0.8).map((x, i) => expect.closeTo(x, 12 + 0 * i)));
    for (const n of [1, 2, 3]) for (const p of P) {
      const l = binomialLimit(n, 0.8, p);
      expect(l).toBeGreaterThanOrEqual(0);
      expect(l).toBeLessThanOrEqual(1);
    }
    expect(binomialLimit(10, 0, 0.5)).toBe(0);
    expect(binomialLimit(10, 1, 0.5)).toBe(1);
    expect(() => binomialLimit(0, 0.5, 0.5)).toThrow(RangeError);
  });
});
