import { can, type Viewer } from '@registry/auth';
import { forbidden, ruleViolation, unauthenticated } from '@registry/errors';
import type { CommitteeMemberRecord } from '../committee/committee-repository.ts';
import { isRecused } from '../committee/recusal.ts';
import { assertCanReadDiscussion } from '../discussion/discussion-policy.ts';
import type { MatterRecord } from './matter-repository.ts';

/**
 * Every certified operator follows the committee's work [R28a][R47], as do the staff and
 * the committee; once decided, a matter is public [R24][R28b].
 */
export function assertCanReadMatter(viewer: Viewer, matter: Pick<MatterRecord, 'status'> | undefined): void {
  if (matter?.status === 'DECIDED') return;
  assertCanReadDiscussion(viewer);
}

export function assertSignedIn(viewer: Viewer): asserts viewer is Viewer & { accountId: string } {
  if (!viewer.accountId || viewer.roles.length === 0) throw unauthenticated();
}

export function assertSteering(viewer: Viewer, what: string): void {
  assertSignedIn(viewer);
  if (!can(viewer, 'matter:screen')) throw forbidden(`${what}: the steering committee only [R45]`);
}

/** The viewer's seat, or a refusal: only members discuss and vote [R44][R47]. */
export function memberSeat(viewer: Viewer, members: readonly CommitteeMemberRecord[]): CommitteeMemberRecord {
  assertSignedIn(viewer);
  const seat = members.find((m) => m.accountId === viewer.accountId);
  if (!seat || !can(viewer, 'committee:sit', { seated: true })) throw forbidden('Only members of the adjudication committee may do this [R44]');
  return seat;
}

/** The chair declares sessions, posts the points and records the ruling [R43][R46]. */
export function assertChair(viewer: Viewer, members: readonly CommitteeMemberRecord[]): CommitteeMemberRecord {
  const seat = memberSeat(viewer, members);
  if (!can(viewer, 'committee:chair', { seated: seat.isChair })) throw forbidden('Only the committee chair may do this [R43][R46]');
  return seat;
}

/**
 * Who may preside over a matter at all, before the matter is looked up: the chair, or a
 * steering member who sits on the committee (in case the chair is recused) [R43][R49].
 */
export function assertMayPreside(viewer: Viewer, members: readonly CommitteeMemberRecord[]): CommitteeMemberRecord {
  const seat = memberSeat(viewer, members);
  if (!can(viewer, 'committee:chair', { seated: seat.isChair }) && !can(viewer, 'matter:presideAsSteering')) throw forbidden('Only the committee chair may do this [R43][R46]');
  return seat;
}

/**
 * [R43][R46][R49] Who presides over this matter: the chair, unless the chair operated its
 * case; then a steering member of the committee who did not operate it acts instead
 * (the rules name no vice-chair; the steering committee appoints the committee [R43]).
 * A recused chair is refused by rule; anyone else while the chair may act, by who they are.
 */
export function assertPresiding(viewer: Viewer, members: readonly CommitteeMemberRecord[], caseOperatorId: string | undefined): CommitteeMemberRecord {
  const seat = assertMayPreside(viewer, members);
  const chair = members.find((m) => m.isChair);
  const chairRecused = chair !== undefined && (isRecused(chair.operatorId, caseOperatorId) || (chair.accountId === viewer.accountId && isRecused(viewer.operatorId, caseOperatorId)));
  if (seat.isChair) {
    if (chairRecused) throw ruleViolation('R49', 'The chair operated this case and is recused from it; a steering member of the committee presides instead');
    return seat;
  }
  if (!chairRecused) throw forbidden('Only the committee chair may do this [R43][R46]');
  assertNotRecused(viewer, seat, caseOperatorId);
  return seat;
}

/**
 * [R49] The case's operator takes no part as a member: recused by the operator ID of the
 * signed token or of the seat, whichever matches.
 */
export function assertNotRecused(viewer: Viewer, seat: CommitteeMemberRecord | undefined, caseOperatorId: string | undefined): void {
  if (isRecused(viewer.operatorId, caseOperatorId) || isRecused(seat?.operatorId, caseOperatorId)) {
    throw ruleViolation('R49', 'The operator of the case neither discusses nor votes on it; their opinion goes through the steering committee or the secretariat');
  }
}
