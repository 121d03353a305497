import { can, isCoreLab, mayHold, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';


export interface CaseScope {
  facilityId: string;
  operatorId: string;
}

function assertSignedIn(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
}

/**
 * The library names each case's operator and facility, so the core lab never enters it:
 * it works from its own blinded worklist [R25][R33].
 */
export function assertCanBrowseLibrary(viewer: Viewer): void {
  assertSignedIn(viewer);
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to the case library');
  if (!can(viewer, 'case:browseLibrary')) throw forbidden('The case library is open to certified operators');
}

export const isDataCenter = (viewer: Viewer) => can(viewer, 'case:readAsDataCenter');

/** A user of the case's facility [R30]. */
export const isOfFacility = (viewer: Viewer, facilityId: string) => can(viewer, 'case:readAsFacility', { facilityId });

const isCaseOperator = (viewer: Viewer, c: CaseScope) => can(viewer, 'case:readOwn', c);

/** [R30][R32] the patient code, initials and birth date: the facility and the data center, nobody else. */
export function canSeeIdentification(viewer: Viewer, c: CaseScope): boolean {
  if (isCoreLab(viewer)) return false;
  return isDataCenter(viewer) || isOfFacility(viewer, c.facilityId);
}

/** Signed in, and not the core lab [R25][R33]. */
export function assertNotCoreLab(viewer: Viewer): void {
  assertSignedIn(viewer);
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to cases by this route');
}

/** A case is read by library readers, its facility and its operator; never by the core lab [R25][R33]. */
export function assertCanReadCase(viewer: Viewer, c: CaseScope): void {
  assertSignedIn(viewer);
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to cases by this route');
  if (can(viewer, 'case:browseLibrary') || isOfFacility(viewer, c.facilityId) || isCaseOperator(viewer, c)) return;
  throw forbidden('Not allowed to read this case');
}

/** The case's working records (consent, audit trail, queries, completion, follow-ups, safety): its facility, its operator, the data center. */
export function canSeeCaseRecords(viewer: Viewer, c: CaseScope): boolean {
  if (isCoreLab(viewer)) return false;
  return isDataCenter(viewer) || isOfFacility(viewer, c.facilityId) || isCaseOperator(viewer, c);
}

/**
 * Before the case is looked up: a role that sees no case's records by any relation is
 * refused, so the answer says nothing about whether the case exists (docs/errors.md).
 */
export function assertRoleMaySeeCaseRecords(viewer: Viewer): void {
  assertSignedIn(viewer);
  if (isCoreLab(viewer) || !(['case:readAsDataCenter', 'case:readAsFacility', 'case:readOwn'] as const).some((k) => mayHold(viewer, k))) {
    throw forbidden('Only the facility, the operator and the data center see a case\'s records');
  }
}

export function assertCanSeeCaseRecords(viewer: Viewer, c: CaseScope): void {
  assertSignedIn(viewer);
  if (!canSeeCaseRecords(viewer, c)) throw forbidden('Only the facility, the operator and the data center see this case\'s records');
}

/** An operator registers own cases at own facility [R16]; a site contact for that facility [R18]. */
export function assertCanRegister(viewer: Viewer, facilityId: string, operatorId: string): void {
  assertSignedIn(viewer);
  if (can(viewer, 'case:registerOwn', { facilityId, operatorId }) || can(viewer, 'case:registerForFacility', { facilityId })) return;
  throw forbidden('Cases are registered by their operator or their facility');
}

export function assertDataCenter(viewer: Viewer, what: string): void {
  assertSignedIn(viewer);
  if (!isDataCenter(viewer)) throw forbidden(`${what}: the data center only`);
}

/** The facility's own users, or a role holding `capability` (the staff's part of a facility's page). */
export function assertFacilityOrStaff(viewer: Viewer, facilityId: string, capability: 'fee:read' | 'dataQuery:read'): void {
  assertSignedIn(viewer);
  if (isCoreLab(viewer)) throw forbidden('Not for the core lab');
  if (isOfFacility(viewer, facilityId) || mayHold(viewer, capability)) return;
  throw forbidden('Not allowed for this facility');
}

/** Every change is attributed to an account [T14.1]. */
export function actorOf(viewer: Viewer): string {
  if (!viewer.accountId) throw unauthenticated('A change needs a signed-in account');
  return viewer.accountId;
}
