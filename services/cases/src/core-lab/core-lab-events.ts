import type { OfficialSummary } from './official-summary.ts';

/**
 * Announced on topic `cases` when a result becomes official or a ruling changes it; the
 * operators subgraph computes monitoring figures from it [R15][R38], adjudication accepts
 * objections against it [R28a]. A later event for the same case replaces the earlier one.
 */
export interface OfficialResultRecorded extends OfficialSummary {
  registrationNumber: string;
  operatorId: string;
  /** The year the result counts in: the procedure's. */
  year: number;
}

/** The operator's own live feed of results becoming official [R28a]. */
export const operatorResultsTopic = (operatorId: string) => `operator:${operatorId}:official-results`;

export interface OfficialResultNotice extends OfficialSummary {
  registrationNumber: string;
  recordedAt: string;
  /** Set when a committee ruling changed the result [R28b]. */
  rulingId: string | null;
}
