import { binomialLimit } from './binomial.ts';
import { overdispersion, randomEffectsLimits, Z_975, type Overdispersion } from './overdispersion.ts';

/**
 * Observed against expected per operator, and the Spiegelhalter funnel (Spiegelhalter,
 * Stat Med 2005;24:1185-202) the steering committee reviews [R15][R38]: each operator's
 * O/E of technical success, its 95 % interval, and where it stands against the 95 % and
 * 99.8 % control limits for its number of cases. docs/monitoring.md gives the formulas and
 * a worked example (the one the tests check).
 */

/** The two-sided normal quantile of the 95 % interval of O / E (Wilson's). */
export const Z_95 = Z_975;

export interface ScoredCase {
  operatorId: string;
  /** The official technical success [R26][R28b]. */
  success: boolean;
  /** The model's probability of technical success for the case's scores. */
  expected: number;
}

export interface Limits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export const FUNNEL_POSITIONS = ['INSIDE_95', 'BELOW_95', 'ABOVE_95', 'BELOW_998', 'ABOVE_998'] as const;
export type FunnelPosition = (typeof FUNNEL_POSITIONS)[number];

export interface OperatorRatio {
  /** The operator ID (術者ID) only: never a name or a facility [R15]. */
  operatorId: string;
  cases: number;
  observed: number;
  expected: number;
  /** O / E; E is never 0, since every expected probability is above 0. */
  ratio: number;
  /** 95 % interval of O / E: Wilson's score interval of O / n, times n / E (E taken as known). */
  interval95: { lower: number; upper: number };
  limits: Limits;
  position: FunnelPosition;
  /** [R15][R38] outside the 99.8 % limits, either side: for the steering committee's review. */
  flaggedForReview: boolean;
}

export interface FunnelPoint extends Limits {
  cases: number;
}

export interface Funnel {
  cases: number;
  observed: number;
  expected: number;
  /** The year's mean expected success, ΣE / N: the rate the limits are drawn around. */
  expectedRate: number;
  operators: OperatorRatio[];
  /** Between-operator variation beyond chance; when `applied`, the limits are the random-effects ones. */
  overdispersion: Overdispersion;
  curve: FunnelPoint[];
}

/** Wilson's score interval of a proportion x / n at normal quantile z. */
export function wilson(x: number, n: number, z: number = Z_95): { lower: number; upper: number } {
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * The funnel's limits of O / E at n cases around a target of 1: the exact binomial limits of
 * the proportion at the year's mean expected success p̄, with Spiegelhalter's interpolation
 * (./binomial.ts; Spiegelhalter 2005, Appendix A.1.1), divided by p̄. At the registry's
 * 5–10 cases an operator a year the normal approximation 1 ± z·√(p̄(1 − p̄)/n)/p̄ is far off
 * (at n = 10, p̄ = 0.8 its 99.8 % limits are 0.51–1.49, the exact ones 0.38–1.25).
 */
export function limitsAt(n: number, expectedRate: number): Limits {
  const limit = (p: number) => binomialLimit(n, expectedRate, p) / expectedRate;
  return { lower95: limit(0.025), upper95: limit(0.975), lower998: limit(0.001), upper998: limit(0.999) };
}

export function positionOf(ratio: number, l: Limits): FunnelPosition {
  if (ratio < l.lower998) return 'BELOW_998';
  if (ratio > l.upper998) return 'ABOVE_998';
  if (ratio < l.lower95) return 'BELOW_95';
  if (ratio > l.upper95) return 'ABOVE_95';
  return 'INSIDE_95';
}

/** The case counts the curve is drawn at: every count up to 200, then 200 steps up to the largest. */
function curveCounts(largest: number): number[] {
  const top = Math.max(largest, 10);
  if (top <= 200) return Array.from({ length: top }, (_, i) => i + 1);
  return Array.from({ length: 200 }, (_, i) => Math.max(1, Math.round(((i + 1) * top) / 200)));
}

/**
 * The year's funnel from its scored cases, operators in ID order. A flag is decided by the
 * same limits the plot draws at the operator's number of cases, so what the committee sees
 * is what is flagged: the exact binomial limits, or the random-effects ones when the year
 * shows overdispersion on enough operators (./overdispersion.ts).
 */
export function funnel(scored: readonly ScoredCase[]): Funnel {
  const byOperator = new Map<string, ScoredCase[]>();
  for (const c of scored) byOperator.set(c.operatorId, [...(byOperator.get(c.operatorId) ?? []), c]);
  const expected = scored.reduce((s, c) => s + c.expected, 0);
  const observed = scored.filter((c) => c.success).length;
  const expectedRate = scored.length === 0 ? 0 : expected / scored.length;
  const counted = [...byOperator.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operatorId, list]) => {
      const o = list.filter((c) => c.success).length;
      const e = list.reduce((s, c) => s + c.expected, 0);
      return { operatorId, cases: list.length, observed: o, expected: e, ratio: o / e };
    });
  const dispersion = overdispersion(counted, expectedRate);
  const limitsFor = (n: number): Limits => (dispersion.applied ? randomEffectsLimits(n, expectedRate, dispersion.tau2) : limitsAt(n, expectedRate));
  const operators = counted.map((c): OperatorRatio => {
    const w = wilson(c.observed, c.cases);
    const limits = limitsFor(c.cases);
    const position = positionOf(c.ratio, limits);
    return { ...c, interval95: { lower: (w.lower * c.cases) / c.expected, upper: (w.upper * c.cases) / c.expected }, limits, position, flaggedForReview: position === 'BELOW_998' || position === 'ABOVE_998' };
  });
  const largest = Math.max(0, ...operators.map((o) => o.cases));
  const curve = scored.length === 0 ? [] : curveCounts(largest).map((n) => ({ cases: n, ...limitsFor(n) }));
  return { cases: scored.length, observed, expected, expectedRate, operators, overdispersion: dispersion, curve };
}
