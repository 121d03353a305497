import { Role, hasAnyRole, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';

/** Who browses the anonymized library: certified operators [R5][R21a], and the staff who run the registry. */
const LIBRARY_ROLES: readonly Role[] = [Role.Operator, Role.Steering, Role.Secretariat, Role.DataCenter];

/**
 * The library names each case's operator and facility, so the core lab never enters it:
 * it works from its own blinded worklist [R25][R33].
 */
export function assertCanBrowseLibrary(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to the case library');
  if (!hasAnyRole(viewer, LIBRARY_ROLES)) throw forbidden('The case library is open to certified operators');
}

/** An operator registers own cases at own facility [R16]; a site contact for that facility [R18]. */
export function assertCanRegister(viewer: Viewer, facilityId: string, operatorId: string): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  const operatorRole = hasAnyRole(viewer, [Role.Operator, Role.Associate, Role.Ob]);
  if (operatorRole && viewer.operatorId === operatorId && viewer.facilityId === facilityId) return;
  if (hasAnyRole(viewer, [Role.SiteContact]) && viewer.facilityId === facilityId) return;
  throw forbidden('Cases are registered by their operator or their facility');
}
