import { can, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';

/** Thread authors are named operators: the core lab never reads a thread [R25][R33]. */
export function assertCanReadDiscussion(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to discussions');
  if (!can(viewer, 'discussion:read')) throw forbidden('Discussions are open to certified operators');
}

/**
 * Whether the viewer reads every case's discussion by their roles alone [R6]: then who they
 * are (the case's own operator or not) changes nothing of what they read, and the gateway may
 * keep the answer for every viewer of the same roles [#17.1]. Otherwise what they read of a
 * case's discussion depends on whose case it is (`isCaseOperator`).
 */
export function readsDiscussionsByRole(viewer: Viewer): boolean {
  return !isCoreLab(viewer) && can(viewer, 'discussion:read');
}

/** Certified operators ask, under their real names [R6]. */
export function assertCanPost(viewer: Viewer): void {
  if (viewer.roles.length === 0 || !viewer.accountId) throw unauthenticated();
  if (isCoreLab(viewer) || !can(viewer, 'discussion:post')) {
    throw forbidden('Only certified operators post to case discussions');
  }
}

/**
 * The operator of the case, whatever their status now (an associate registers cases too
 * [R11]; an OB operator keeps their old ones [R10]): the questions in its discussion are
 * put to them [R6], so they read and answer that one thread.
 */
export function isCaseOperator(viewer: Viewer, caseOperatorId: string | undefined): boolean {
  return caseOperatorId !== undefined && !isCoreLab(viewer) && can(viewer, 'discussion:answerOwnCase', { operatorId: caseOperatorId });
}

/** What a thread's readers depend on: the matter's status for a group thread, the case's operator for a case's. */
export interface ThreadScope {
  matterDecided?: boolean | undefined;
  caseOperatorId?: string | undefined;
}

/**
 * [R6][R28b][R47] A case's discussion: its readers, and its operator always. A committee
 * group thread: registry members while the matter is open; once decided, it is public with
 * its ruling ("rulings and their discussion are public") — to anyone who can read the
 * ruling, anonymous visitors included. Names still resolve for signed-in members only. The
 * core lab stays out of threads even then: it reads blind and names are not for it [R25].
 */
export function assertCanReadThread(viewer: Viewer, thread: { matterId: string | null }, scope: ThreadScope): void {
  if (thread.matterId !== null && scope.matterDecided) {
    if (isCoreLab(viewer)) throw forbidden('The core lab reads blind and has no access to discussions');
    return;
  }
  if (thread.matterId === null && isCaseOperator(viewer, scope.caseOperatorId)) return;
  assertCanReadDiscussion(viewer);
}

/** Certified operators ask [R6]; the case's own operator answers, whatever their status. */
export function assertCanPostToCase(viewer: Viewer, caseOperatorId: string | undefined): void {
  if (viewer.roles.length === 0 || !viewer.accountId) throw unauthenticated();
  if (isCaseOperator(viewer, caseOperatorId)) return;
  assertCanPost(viewer);
}
