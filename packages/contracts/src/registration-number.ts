/**
 * The registry's registration number [R31]: `CTO-<year>-<5-digit sequence>`, issued in
 * order within a year. It says nothing about the patient, operator or facility. One
 * writing for every subgraph: the cases subgraph issues it, the `RegistrationNumber`
 * scalar (packages/subgraph-server) refuses any other writing on every argument, and the
 * case library's cursor carries it.
 */
export const REGISTRATION_NUMBER_PATTERN = /^CTO-\d{4}-\d{5}$/;

/** True for a registration number written `CTO-YYYY-NNNNN` [R31]. */
export function isRegistrationNumber(value: string): boolean {
  return REGISTRATION_NUMBER_PATTERN.test(value);
}

/** The number of the `sequence`-th case registered in `year` [R31]. */
export function formatRegistrationNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) throw new Error(`sequence out of range: ${sequence}`);
  return `CTO-${year}-${String(sequence).padStart(5, '0')}`;
}
