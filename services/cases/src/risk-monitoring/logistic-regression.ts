/**
 * Logistic regression by iteratively reweighted least squares (Newton–Raphson on the
 * log-likelihood), small enough to read in one sitting (docs/monitoring.md, "Why our own
 * fit"). With p = 1 / (1 + e^(−Xβ)) and W = diag(p(1 − p)), each step solves
 * (XᵀWX) Δ = Xᵀ(y − p) and sets β ← β + Δ, until the largest |Δ| is under `tolerance`.
 * The standard errors are the square roots of the diagonal of (XᵀWX)⁻¹ at the estimate.
 */

export interface LogisticFit {
  coefficients: number[];
  standardErrors: number[];
  iterations: number;
  logLikelihood: number;
}

export class LogisticFitError extends Error {
  override readonly name = 'LogisticFitError';
}

export interface LogisticOptions {
  maxIterations?: number;
  tolerance?: number;
}

export const logistic = (eta: number): number => 1 / (1 + Math.exp(-eta));

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** Inverts a symmetric positive-definite matrix by Gauss–Jordan elimination with partial pivoting; throws when it is singular. */
export function invert(m: readonly (readonly number[])[]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) throw new LogisticFitError('The information matrix is singular: a predictor does not vary, or is a copy of another');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const row = a[col]!;
    const p = row[col]!;
    for (let j = 0; j < 2 * n; j++) row[j] = row[j]! / p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f !== 0) for (let j = 0; j < 2 * n; j++) a[r]![j] = a[r]![j]! - f * row[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Fits y ~ X (X's rows carry the intercept's 1 themselves). Throws LogisticFitError when the
 * data cannot identify the model: no case, only one outcome, a singular information matrix,
 * or estimates that run away (complete separation) instead of converging.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly boolean[], options: LogisticOptions = {}): LogisticFit {
  const { maxIterations = 50, tolerance = 1e-10 } = options;
  const n = x.length;
  if (n === 0 || n !== y.length) throw new LogisticFitError('No case to fit the model on');
  const events = y.filter(Boolean).length;
  if (events === 0 || events === n) throw new LogisticFitError('Every case had the same outcome: the model cannot be fitted');
  const k = x[0]!.length;
  let beta = Array.from({ length: k }, () => 0);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const info = Array.from({ length: k }, () => Array.from({ length: k }, () => 0));
    const score = Array.from({ length: k }, () => 0);
    for (let i = 0; i < n; i++) {
      const row = x[i]!;
      const p = logistic(dot(row, beta));
      const w = p * (1 - p);
      const r = (y[i] ? 1 : 0) - p;
      for (let a = 0; a < k; a++) {
        score[a] = score[a]! + row[a]! * r;
        for (let b = 0; b < k; b++) info[a]![b] = info[a]![b]! + row[a]! * w * row[b]!;
      }
    }
    const inverse = invert(info);
    const step = inverse.map((row) => dot(row, score));
    beta = beta.map((b, i) => b + step[i]!);
    if (beta.some((b) => !Number.isFinite(b) || Math.abs(b) > 30)) throw new LogisticFitError('The estimates do not converge: an outcome is predicted perfectly (separation)');
    if (Math.max(...step.map(Math.abs)) < tolerance) {
      const atEstimate = informationAt(x, beta);
      return { coefficients: beta, standardErrors: invert(atEstimate).map((row, i) => Math.sqrt(row[i]!)), iterations: iteration, logLikelihood: logLikelihood(x, y, beta) };
    }
  }
  throw new LogisticFitError(`The estimates did not converge in ${maxIterations} iterations`);
}

function informationAt(x: readonly (readonly number[])[], beta: readonly number[]): number[][] {
  const k = beta.length;
  const info = Array.from({ length: k }, () => Array.from({ length: k }, () => 0));
  for (const row of x) {
    const p = logistic(dot(row, beta));
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) info[a]![b] = info[a]![b]! + row[a]! * p * (1 - p) * row[b]!;
  }
  return info;
}

export function logLikelihood(x: readonly (readonly number[])[], y: readonly boolean[], beta: readonly number[]): number {
  return x.reduce((s, row, i) => {
    const p = logistic(dot(row, beta));
    return s + (y[i] ? Math.log(p) : Math.log(1 - p));
  }, 0);
}

export const predict = (row: readonly number[], beta: readonly number[]): number => logistic(dot(row, beta));
