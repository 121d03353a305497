import { can, isCoreLab, mayHold, type Viewer } from '@registry/auth';
import type { OfficialResultScope } from '../cases/case-repository.ts';
import { forbidden, unauthenticated } from '@registry/errors';
import type { CaseScope } from '../cases/case-policy.ts';
import { canSeeIdentification } from '../cases/case-policy.ts';

export const isSupervisor = (viewer: Viewer) => can(viewer, 'corelab:supervise');
export const isReader = (viewer: Viewer) => can(viewer, 'corelab:submitRead');

function signedIn(viewer: Viewer): string {
  if (viewer.roles.length === 0 || !viewer.accountId) throw unauthenticated();
  return viewer.accountId;
}

/** The core lab's own pages: readers and the supervisor [R25][R26]. */
export function assertCoreLab(viewer: Viewer): string {
  const id = signedIn(viewer);
  if (!can(viewer, 'corelab:read')) throw forbidden('The core lab\'s worklist is for its readers and supervisor');
  return id;
}

export function assertSupervisor(viewer: Viewer): string {
  const id = signedIn(viewer);
  if (!isSupervisor(viewer)) throw forbidden('Only the core-lab supervisor assigns readers and decides disagreements [R26]');
  return id;
}

export function assertReader(viewer: Viewer): string {
  const id = signedIn(viewer);
  if (!isReader(viewer)) throw forbidden('Only a core-lab reader records a read [R26]');
  return id;
}

/** [R29] overdue reads concern the supervisor and the secretariat. */
export function assertCanSeeOverdue(viewer: Viewer): void {
  signedIn(viewer);
  if (!can(viewer, 'corelab:readOverdue')) throw forbidden('Overdue reads are listed for the supervisor and the secretariat [R29]');
}

/**
 * The official result of a case [R27][R28a]: its operator and facility, the data center,
 * the staff who run the registry. Not other operators: results beside operator names
 * would rank people, which the registry only does anonymously [R15]. Never the core lab
 * through the case, which names the operator [R25]. The committee sees it by its seat, on
 * the cases before it (`canReadAsCommittee`), not by a token role.
 */
export function canSeeOfficialResult(viewer: Viewer, c: CaseScope): boolean {
  if (isCoreLab(viewer)) return false;
  if (can(viewer, 'case:readOwn', c)) return true;
  return canSeeIdentification(viewer, c) || can(viewer, 'case:readOfficialResult');
}

/**
 * canSeeOfficialResult for every case at once, as a condition the library's outcome filter
 * applies in SQL: a filter must never tell anyone a result they could not read on the case.
 * The committee's seat is not a token role, so it adds nothing here (its members filter as
 * the operators they are).
 */
export function officialResultScope(viewer: Viewer): OfficialResultScope {
  if (isCoreLab(viewer)) return { facilityId: undefined, operatorId: undefined };
  if (can(viewer, 'case:readOfficialResult') || can(viewer, 'case:readAsDataCenter')) return 'ALL';
  return {
    facilityId: mayHold(viewer, 'case:readAsFacility') ? viewer.facilityId : undefined,
    operatorId: mayHold(viewer, 'case:readOwn') ? viewer.operatorId : undefined,
  };
}

/** [R28a] the comparison with the operator's own judgement is the operator's (and the facility's, and the data center's). */
export function canSeeComparison(viewer: Viewer, c: CaseScope): boolean {
  if (isCoreLab(viewer)) return false;
  return can(viewer, 'case:readOwn', c) || canSeeIdentification(viewer, c);
}
