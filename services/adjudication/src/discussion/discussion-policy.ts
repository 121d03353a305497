import { Role, hasAnyRole, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';

/** The discussion is read by every certified operator [R5][R6], and by the staff and committee who run the registry. */
const READER_ROLES: readonly Role[] = [
  Role.Operator,
  Role.Steering,
  Role.Secretariat,
  Role.DataCenter,
  Role.CommitteeMember,
  Role.CommitteeChair,
];

/** Thread authors are named operators: the core lab never reads a thread [R25][R33]. */
export function assertCanReadDiscussion(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to discussions');
  if (!hasAnyRole(viewer, READER_ROLES)) throw forbidden('Discussions are open to certified operators');
}

/** Certified operators ask, under their real names [R6]. */
export function assertCanPost(viewer: Viewer): void {
  if (viewer.roles.length === 0 || !viewer.accountId) throw unauthenticated();
  if (isCoreLab(viewer) || !hasAnyRole(viewer, [Role.Operator])) {
    throw forbidden('Only certified operators post to case discussions');
  }
}
