/** [R20] The number a facility's office files a statement under: year, facility, revision (1, then each correction). */
export const statementNumberOf = (year: number, facilityId: string, revision: number) => `FS-${year}-${facilityId}-${revision}`;
