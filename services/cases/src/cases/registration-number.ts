/**
 * The registry's registration number [R31]: `CTO-<year>-<5-digit sequence>`, issued in
 * order within a year. It says nothing about the patient, operator or facility.
 */
export function formatRegistrationNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) throw new Error(`sequence out of range: ${sequence}`);
  return `CTO-${year}-${String(sequence).padStart(5, '0')}`;
}

export const REGISTRATION_NUMBER_PATTERN = /^CTO-\d{4}-\d{5}$/;
