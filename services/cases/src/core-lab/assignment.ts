/** A core-lab reader as assignment sees them: identity links for conflicts, and current load. */
export interface ReaderCandidate {
  accountId: string;
  /** Set when the reader is also an operator: never assigned that operator's cases [R26]. */
  operatorId?: string | undefined;
  /** Set when the reader works at a facility: never assigned that facility's cases. */
  facilityId?: string | undefined;
  /** Reads assigned and not yet submitted. */
  openReads: number;
}

export interface CaseParties {
  operatorId: string;
  facilityId: string;
}

/** A reader with a stake in the case would not read it independently [R25][R26]. */
export function hasConflict(reader: ReaderCandidate, parties: CaseParties): boolean {
  return reader.operatorId === parties.operatorId || reader.facilityId === parties.facilityId;
}

/**
 * Readers without a conflict, the least loaded first (ties by account id, so the choice
 * is reproducible), at most two. Fewer when the core lab cannot staff the case: the
 * intake then leaves the case with what it has, for the supervisor to complete
 * (`assignCoreLabReaders`), and a replacement with nobody to take over is refused.
 */
export function pickReaders(candidates: readonly ReaderCandidate[], parties: CaseParties): ReaderCandidate[] {
  return candidates
    .filter((c) => !hasConflict(c, parties))
    .sort((a, b) => a.openReads - b.openReads || a.accountId.localeCompare(b.accountId))
    .slice(0, 2);
}
