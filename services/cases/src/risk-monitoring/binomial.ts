/**
 * The exact binomial control limit of a funnel plot [R15][R38]: Spiegelhalter, "Funnel
 * plots for comparing institutional performance", Stat Med 2005;24:1185-202, Appendix
 * A.1.1. For n cases at a target proportion θ, r_p is the p-quantile of Binomial(n, θ) (the
 * smallest r with P(R ≤ r) ≥ p); since R is discrete, the limit is interpolated between
 * r_p − 1 and r_p,
 *
 *   α = (P(R ≤ r_p) − p) / P(R = r_p),   limit = (r_p − α) / n,
 *
 * so that it moves smoothly with n instead of in steps; a limit below 0 (at r_p = 0) is 0. No library here does it (none of
 * the installed packages has a binomial quantile); the test checks it against the pmf
 * summed independently.
 */
export function binomialLimit(n: number, theta: number, p: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive whole number: ${n}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie in (0, 1): ${p}`);
  if (theta <= 0) return 0;
  if (theta >= 1) return 1;
  const pmf = binomialPmf(n, theta);
  let cdf = 0;
  for (let r = 0; r <= n; r++) {
    cdf += pmf[r]!;
    if (cdf >= p || r === n) {
      const alpha = (Math.min(cdf, 1) - p) / pmf[r]!;
      // At r_p = 0 the interpolation can pass below 0: a proportion's limit is drawn at 0.
      return Math.max(0, (r - alpha) / n);
    }
  }
  return 1;
}

/**
 * P(R = r) for r = 0…n, by the ratio of successive terms in logarithms (no factorial, no
 * underflow of θⁿ on the way: a term too small for a double is 0, as it should be).
 */
export function binomialPmf(n: number, theta: number): number[] {
  const logOdds = Math.log(theta) - Math.log1p(-theta);
  const out = new Array<number>(n + 1);
  let log = n * Math.log1p(-theta);
  for (let r = 0; r <= n; r++) {
    out[r] = Math.exp(log);
    log += Math.log(n - r) - Math.log(r + 1) + logOdds;
  }
  return out;
}
