import { can, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import { assertFacilityOrStaff, isOfFacility } from '../cases/case-policy.ts';

/**
 * [R20][R41] Fee statements: the secretariat that pays issues them; the secretariat and the
 * data center read every facility's, a facility's own people read theirs. Asked before
 * anything is looked up (docs/errors.md: role before existence).
 */
export function assertMayIssueFees(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!can(viewer, 'fee:issue')) throw forbidden('The research secretariat issues the fee statements');
}

/** Every facility's statements, or (without `fee:read`) the viewer's own facility's only. */
export function assertMayReadFees(viewer: Viewer, facilityId: string | undefined): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (can(viewer, 'fee:read')) return;
  if (facilityId === undefined) throw forbidden("A facility reads its own statements: name the facility");
  assertFacilityOrStaff(viewer, facilityId, 'fee:read');
}

/** Whether the viewer may read this facility's statement (checked once the statement is found). */
export const mayReadFacilityFees = (viewer: Viewer, facilityId: string) => can(viewer, 'fee:read') || isOfFacility(viewer, facilityId);
