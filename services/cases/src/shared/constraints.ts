/**
 * Whether `error` (as drizzle hands it over, the driver's error somewhere in its causes) is
 * a unique violation of `constraint`. PGlite names it `constraint`, postgres.js
 * `constraint_name`; both carry SQLSTATE 23505 as `code`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const x = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (x.code === '23505' && (x.constraint === constraint || x.constraint_name === constraint)) return true;
  }
  return false;
}
