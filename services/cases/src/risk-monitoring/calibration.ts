/**
 * The model's calibration on the cases it was fitted on: observed against expected by
 * groups of predicted risk (deciles when there are enough cases) and the Hosmer–Lemeshow
 * statistic (Hosmer & Lemeshow, Applied Logistic Regression, 3rd ed., §5.2.2), with its
 * χ² p-value on groups − 2 degrees of freedom.
 */

export interface CalibrationGroup {
  /** 1 = lowest predicted success. */
  group: number;
  cases: number;
  observed: number;
  expected: number;
  meanPredicted: number;
}

export interface Calibration {
  groups: CalibrationGroup[];
  hosmerLemeshow: number;
  degreesOfFreedom: number;
  pValue: number;
}

/**
 * Cases sorted by predicted success, cut into up to `g` groups of nearly equal size at the
 * quantiles; cases with the same prediction always share a group (as Stata's `estat gof`),
 * so the groups, and the statistic, do not depend on the order the cases came in.
 */
export function calibration(cases: readonly { success: boolean; expected: number }[], g: number = 10): Calibration {
  const sorted = [...cases].sort((a, b) => a.expected - b.expected);
  const groupsWanted = Math.max(3, Math.min(g, Math.floor(sorted.length / 5)));
  const cuts = [0];
  for (let k = 1; k < groupsWanted; k++) {
    let cut = Math.max(cuts[cuts.length - 1]!, Math.floor((k * sorted.length) / groupsWanted));
    while (cut > 0 && cut < sorted.length && sorted[cut]!.expected === sorted[cut - 1]!.expected) cut++;
    if (cut > cuts[cuts.length - 1]! && cut < sorted.length) cuts.push(cut);
  }
  cuts.push(sorted.length);
  const groups: CalibrationGroup[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const slice = sorted.slice(cuts[k], cuts[k + 1]);
    const expected = slice.reduce((s, c) => s + c.expected, 0);
    groups.push({ group: groups.length + 1, cases: slice.length, observed: slice.filter((c) => c.success).length, expected, meanPredicted: expected / slice.length });
  }
  const hosmerLemeshow = groups.reduce((s, x) => {
    const v = x.expected * (1 - x.meanPredicted);
    return v > 0 ? s + (x.observed - x.expected) ** 2 / v : s;
  }, 0);
  const degreesOfFreedom = Math.max(1, groups.length - 2);
  return { groups, hosmerLemeshow, degreesOfFreedom, pValue: chiSquareSurvival(hosmerLemeshow, degreesOfFreedom) };
}

/** ln Γ(x) by Lanczos' approximation (g = 7, nine coefficients). */
function lnGamma(x: number): number {
  const c = [0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const xm = x - 1;
  let a = c[0]!;
  const t = xm + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (xm + i);
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Q(a, x), the regularized upper incomplete gamma function: a series below a + 1, a continued fraction above. */
function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - front * sum;
  }
  // Lentz's method for the continued fraction of Q.
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return front * h;
}

/** P(χ²_df > x). */
export function chiSquareSurvival(x: number, df: number): number {
  return Math.min(1, Math.max(0, upperGamma(df / 2, x / 2)));
}
