import { chiSquareSurvival } from './calibration.ts';

/**
 * Overdispersion of a funnel (Spiegelhalter, "Handling over-dispersion of performance
 * indicators", Qual Saf Health Care 2005;14:347-51; Stat Med 2005;24:1185-202 §4) [R15][R38].
 * Between operators, real results vary more than binomial chance says (case mix the model
 * does not see, teams, equipment): the limits of chance alone then flag too many. The
 * check, on the O/E scale of the funnel at the year's mean expected success p̄:
 *
 *   s(n) = √((1 − p̄) / (n p̄))          the standard error of O/E at n cases under the null
 *   zᵢ   = (O/Eᵢ − 1) / s(nᵢ)            each operator's z-score
 *   φ̂    = Σ z̃ᵢ² / k                    z̃: the z-scores winsorized at 10 % and 90 %, so the
 *                                        outliers the funnel looks for do not inflate it
 *   kφ̂   ~ χ²ₖ without overdispersion    pValue = P(χ²ₖ > kφ̂)
 *   τ̂²   = (kφ̂ − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ), wᵢ = 1/s(nᵢ)², or 0   (DerSimonian–Laird)
 *
 * and, when it applies, the additive random-effects limits 1 ± z·√(s(n)² + τ̂²). It applies
 * only with at least MIN_OPERATORS operators and pValue < 0.05: with fewer, φ̂ is too
 * uncertain to widen anything (Spiegelhalter advises against adjusting on few units), and
 * the exact binomial limits stay (./funnel.ts).
 */
export interface Overdispersion {
  /** k: the operators of the year, each with at least one scored case. */
  operators: number;
  phi: number;
  pValue: number;
  tau2: number;
  /** The limits drawn and flagged by are the random-effects ones. */
  applied: boolean;
}

/** Below this many operators the estimate is reported, never applied. */
export const MIN_OPERATORS = 10;
const SIGNIFICANCE = 0.05;
/** The normal quantiles of the two-sided 95 % and 99.8 % limits. */
export const Z_975 = 1.959964;
export const Z_999 = 3.090232;

/** The standard error of O/E at n cases around a target of 1, at mean expected success p̄. */
export const nullSe = (n: number, expectedRate: number): number => Math.sqrt((1 - expectedRate) / (n * expectedRate));

/** Each value clamped to the 10th and 90th percentile values (the k·10 % lowest and highest replaced). */
export function winsorized(values: readonly number[], fraction = 0.1): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(fraction * sorted.length);
  const low = sorted[cut]!;
  const high = sorted[sorted.length - 1 - cut]!;
  return values.map((v) => Math.min(high, Math.max(low, v)));
}

const NONE = (operators: number): Overdispersion => ({ operators, phi: 0, pValue: 1, tau2: 0, applied: false });

/** The year's overdispersion from each operator's cases and O/E. */
export function overdispersion(points: readonly { cases: number; ratio: number }[], expectedRate: number): Overdispersion {
  const k = points.length;
  if (k < 2 || !(expectedRate > 0 && expectedRate < 1)) return NONE(k);
  const z = points.map((p) => (p.ratio - 1) / nullSe(p.cases, expectedRate));
  const phi = winsorized(z).reduce((s, v) => s + v * v, 0) / k;
  const pValue = chiSquareSurvival(k * phi, k);
  const w = points.map((p) => 1 / nullSe(p.cases, expectedRate) ** 2);
  const sw = w.reduce((s, v) => s + v, 0);
  const sw2 = w.reduce((s, v) => s + v * v, 0);
  const tau2 = k * phi > k - 1 ? (k * phi - (k - 1)) / (sw - sw2 / sw) : 0;
  return { operators: k, phi, pValue, tau2, applied: k >= MIN_OPERATORS && pValue < SIGNIFICANCE && tau2 > 0 };
}

/** The random-effects limits of O/E at n cases: 1 ± z·√(s(n)² + τ̂²), none below 0. */
export function randomEffectsLimits(n: number, expectedRate: number, tau2: number) {
  const spread = Math.sqrt(nullSe(n, expectedRate) ** 2 + tau2);
  const at = (z: number) => Math.max(0, 1 + z * spread);
  return { lower95: at(-Z_975), upper95: at(Z_975), lower998: at(-Z_999), upper998: at(Z_999) };
}
