import type { MATTER_KINDS, MATTER_STATUSES } from '../db/schema.ts';

/**
 * A matter's life [R45][R46][R48]: the steering committee screens it first; only an
 * accepted matter goes into session; a session ends in a decision.
 */
export type MatterKind = (typeof MATTER_KINDS)[number];
export type MatterStatus = (typeof MATTER_STATUSES)[number];
export type ScreeningDecision = 'ACCEPT' | 'ANSWER' | 'DECLINE';

const NEXT: Record<MatterStatus, readonly MatterStatus[]> = {
  SUBMITTED: ['ACCEPTED', 'ANSWERED', 'DECLINED'], // [R45] screened by the steering committee first
  ACCEPTED: ['IN_SESSION'], // [R46] the chair declares the session
  IN_SESSION: ['DECIDED'], // [R48] decided point by point
  ANSWERED: [],
  DECLINED: [],
  DECIDED: [],
};

export function canMove(from: MatterStatus, to: MatterStatus): boolean {
  return NEXT[from].includes(to);
}

export function statusAfterScreening(decision: ScreeningDecision): MatterStatus {
  return decision === 'ACCEPT' ? 'ACCEPTED' : decision === 'ANSWER' ? 'ANSWERED' : 'DECLINED';
}

/** A matter that no longer takes discussion or opinions. */
export function isClosed(status: MatterStatus): boolean {
  return status === 'ANSWERED' || status === 'DECLINED' || status === 'DECIDED';
}

/** A matter's status as a person reads it: "the matter is already accepted". */
const STATE_WORDS: Record<MatterStatus, string> = {
  SUBMITTED: 'waiting for the steering committee',
  ACCEPTED: 'already accepted by the steering committee',
  ANSWERED: 'already answered by the steering committee',
  DECLINED: 'already declined by the steering committee',
  IN_SESSION: 'already in session',
  DECIDED: 'already decided',
};
const MOVE_WORDS: Record<MatterStatus, string> = {
  SUBMITTED: 'submitted again',
  ACCEPTED: 'accepted',
  ANSWERED: 'answered by the steering committee',
  DECLINED: 'declined',
  IN_SESSION: 'taken into session',
  DECIDED: 'decided',
};

export function describeStatus(status: MatterStatus): string {
  return STATE_WORDS[status];
}

/** Why a matter cannot move, in a sentence: "The matter is already accepted by the steering committee, so it cannot be declined." */
export function refusedMove(from: MatterStatus, to: MatterStatus): string {
  return `The matter is ${STATE_WORDS[from]}, so it cannot be ${MOVE_WORDS[to]}`;
}
