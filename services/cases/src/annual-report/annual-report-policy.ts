import { can, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';

/**
 * [R41] The annual report is the secretariat's, with the data center that computes it and
 * the steering committee it agrees the analysis with; the secretariat presents it [R27].
 * Asked before anything is looked up (docs/errors.md: role before existence).
 */
export function assertMayReadReports(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!can(viewer, 'report:read')) throw forbidden('The annual report is read by the secretariat, the data center and the steering committee');
}

export function assertMayPresentReports(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!can(viewer, 'report:present')) throw forbidden('The research secretariat presents the annual report');
}
