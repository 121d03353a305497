import { describe, expect, it } from 'vitest';
import { fitLogistic, LogisticFitError } from './logistic-regression.ts';
import { calibration, chiSquareSurvival } from './calibration.ts';

// One binary predictor: the MLE is known in closed form. At x = 0, 3 of 4 succeed; at x = 1, 1 of 4.
// β₀ = logit(3/4) = ln 3, β₁ = logit(1/4) − logit(3/4) = −2 ln 3; SE(β₀)² = 1/(4·¾·¼), SE(β₁)² = twice that.
const X = [...Array.from({ length: 4 }, () => [1, 0]), ...Array.from({ length: 4 }, () => [1, 1])];
const Y = [true, true, true, false, true, false, false, false];

describe('the risk model fit (IRLS) [R15]', () => {
  it('[R15] should find the closed-form estimates and standard errors of a two-group model', () => {
    const fit = fitLogistic(X, Y);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(3), 8);
    expect(fit.coefficients[1]).toBeCloseTo(-2 * Math.log(3), 8);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(4 / 3), 8);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(8 / 3), 8);
    expect(fit.logLikelihood).toBeCloseTo(8 * (0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 8);
  });

  it('[R15] should refuse data that cannot identify the model: one outcome only, perfect separation, a constant predictor', () => {
    expect(() => fitLogistic(X, Y.map(() => true))).toThrow(LogisticFitError);
    expect(() => fitLogistic(X, [true, true, true, true, false, false, false, false])).toThrow(/separation|converge/);
    expect(() => fitLogistic(X.map(() => [1, 0]), Y)).toThrow(/singular/);
    expect(() => fitLogistic([], [])).toThrow(LogisticFitError);
  });
});

describe('the model calibration (Hosmer–Lemeshow) [R15]', () => {
  it('[R15] should give the χ² tail probabilities of the tables', () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 5);
    expect(chiSquareSurvival(15.50731, 8)).toBeCloseTo(0.05, 5);
    expect(chiSquareSurvival(0, 8)).toBe(1);
  });

  it('[R15] should sum observed and expected by group of predicted success, lowest first', () => {
    const cases = Array.from({ length: 20 }, (_, i) => ({ success: i % 4 !== 0, expected: 0.5 + i * 0.02 }));
    const c = calibration(cases, 4);
    expect(c.groups.map((g) => g.cases)).toEqual([5, 5, 5, 5]);
    expect(c.groups.reduce((s, g) => s + g.observed, 0)).toBe(15);
    expect(c.groups[0]!.expected).toBeCloseTo(0.5 + 0.52 + 0.54 + 0.56 + 0.58, 10);
    expect(c.degreesOfFreedom).toBe(2);
    const hl = c.groups.reduce((s, g) => s + (g.observed - g.expected) ** 2 / (g.expected * (1 - g.expected / g.cases)), 0);
    expect(c.hosmerLemeshow).toBeCloseTo(hl, 10);
  });
});

describe('the model calibration groups [R15]', () => {
  it('[R15] should keep cases of the same prediction in one group, whatever their order', () => {
    const cases = Array.from({ length: 30 }, (_, i) => ({ success: i % 3 !== 0, expected: [0.6, 0.8, 0.9][i % 3]! }));
    const a = calibration(cases);
    const b = calibration([...cases].reverse());
    expect(a).toEqual(b);
    expect(a.groups.map((g) => g.cases)).toEqual([10, 10, 10]);
  });
});
