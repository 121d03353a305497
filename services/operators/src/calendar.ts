/**
 * Dates of the registry's decisions, as `YYYY-MM-DD` strings (UTC, as the cases subgraph
 * dates completions). Read from the system clock so that every decision of one request
 * shares one notion of "today".
 */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function currentYear(): number {
  return new Date().getUTCFullYear();
}

/** `date` moved by whole years and days; 29 February rolls over to 1 March. */
export function shiftDate(date: string, { years = 0, days = 0 }: { years?: number; days?: number }): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
