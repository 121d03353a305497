/**
 * The operator's certification life as pure functions (DOMAIN.md "Operators and
 * certification"). Each function either returns what must happen or throws a
 * `RULE_VIOLATION` naming the rule; services load the facts, call these, then write.
 */
import { badUserInput, ruleViolation, type RuleId } from '@registry/errors';
import { addDays, addYears, type LocalDate } from '@registry/calendar';
import { OperatorStatus } from '../operators/operator-status.ts';

/** [R50a] an applicant declares at least 300 CTO PCI cases of experience. */
export const REQUIRED_EXPERIENCE = 300;
/** [R11] recommendation letters from at least two certified operators. */
export const REQUIRED_RECOMMENDATIONS = 2;
/** [R11] the most certified operators an applicant may ask to recommend them. */
export const MAX_ASKED_RECOMMENDERS = 5;
/** [R10][R11][R14] the yearly number of completed registrations. */
export const ANNUAL_REQUIREMENT = 50;

/** A status change to record: from, to, and the rule it rests on. */
export interface Transition {
  from: OperatorStatus;
  to: OperatorStatus;
  rule: string;
}

// ── Application → associate [R11][R50a] ─────────────────────────────────────────────

export type ApplicationStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface ApplicationFacts {
  status: ApplicationStatus;
  applicantName: string;
  facilityId: string;
  ctoExperience: number;
  /** The account that filed it, when the applicant was signed in. */
  filedByAccountId: string | null;
}

export interface RecommenderFacts {
  operatorId: string;
  accountId: string;
  name: string;
  facilityId: string;
  status: OperatorStatus;
}

/** [R50a] at least 300 CTO cases of experience, declared on the application. */
export function checkExperience(ctoExperience: number): void {
  if (!Number.isInteger(ctoExperience) || ctoExperience < REQUIRED_EXPERIENCE) {
    throw ruleViolation('R50a', `An applicant needs at least ${REQUIRED_EXPERIENCE} CTO cases of experience`);
  }
}

function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** An operator an applicant names as asked to recommend them, as found today. */
export interface AskedOperatorFacts {
  id: string;
  name: string;
  facilityId: string;
  status: OperatorStatus;
}

/**
 * [R11] the operators an applicant asks to recommend them: each a certified operator, none
 * twice, none the applicant (the filer's own operator ID, or the same name at the same
 * facility), at most MAX_ASKED_RECOMMENDERS. `found` holds those of `askedIds` that exist.
 */
export function checkAskedRecommenders(
  applicant: { applicantName: string; facilityId: string; filerOperatorId: string | null },
  askedIds: readonly string[],
  found: readonly AskedOperatorFacts[],
): void {
  const field = ['input', 'recommenderIds'];
  if (askedIds.length > MAX_ASKED_RECOMMENDERS) throw badUserInput(`At most ${MAX_ASKED_RECOMMENDERS} certified operators may be asked`, field);
  const byId = new Map(found.map((o) => [o.id, o]));
  askedIds.forEach((id, i) => {
    const at = [...field, i];
    if (askedIds.indexOf(id) !== i) throw badUserInput('The same operator is named twice', at);
    const operator = byId.get(id);
    if (!operator) throw badUserInput('Unknown operator ID', at);
    if (operator.status !== OperatorStatus.Certified) throw ruleViolation('R11', 'Only a certified operator may be asked to recommend an applicant', at);
    const self = applicant.filerOperatorId === id || (applicant.facilityId === operator.facilityId && samePerson(applicant.applicantName, operator.name));
    if (self) throw ruleViolation('R11', 'An applicant cannot ask themselves', at);
  });
}

/**
 * [R11] a recommendation comes from a certified operator, for someone else, once, while
 * the application is still undecided. "Someone else": not the account that filed it, and
 * not the same name at the same facility (the identity the public list shows [R12]).
 */
export function checkRecommendation(application: ApplicationFacts, recommender: RecommenderFacts, alreadyRecommended: readonly string[]): void {
  if (application.status !== 'PENDING') throw ruleViolation('R11', 'This application has already been decided');
  if (recommender.status !== OperatorStatus.Certified) throw ruleViolation('R11', 'Only a certified operator may recommend an applicant');
  const self =
    application.filedByAccountId === recommender.accountId ||
    (application.facilityId === recommender.facilityId && samePerson(application.applicantName, recommender.name));
  if (self) throw ruleViolation('R11', 'An applicant cannot recommend themselves');
  if (alreadyRecommended.includes(recommender.operatorId)) throw ruleViolation('R11', 'This operator has already recommended this applicant');
}

/**
 * [R11] STEERING approves an application backed by at least two operators who are still
 * certified; [R50a] the declared experience is checked again. APPLICANT → ASSOCIATE.
 */
export function approveApplication(application: ApplicationFacts, recommenderStatuses: readonly OperatorStatus[]): Transition {
  if (application.status !== 'PENDING') throw ruleViolation('R11', 'This application has already been decided');
  checkExperience(application.ctoExperience);
  const certified = recommenderStatuses.filter((s) => s === OperatorStatus.Certified).length;
  if (certified < REQUIRED_RECOMMENDATIONS) {
    throw ruleViolation('R11', `An application needs recommendations from at least ${REQUIRED_RECOMMENDATIONS} certified operators`);
  }
  return { from: OperatorStatus.Applicant, to: OperatorStatus.Associate, rule: 'R11' };
}

/** [R11] STEERING may reject an undecided application, with a reason. APPLICANT → REJECTED. */
export function rejectApplication(application: ApplicationFacts): Transition {
  if (application.status !== 'PENDING') throw ruleViolation('R11', 'This application has already been decided');
  return { from: OperatorStatus.Applicant, to: OperatorStatus.Rejected, rule: 'R11' };
}

// ── Associate → certified [R11] ─────────────────────────────────────────────────────

export type ReviewStatus = 'PENDING' | 'CERTIFIED' | 'STAYED' | 'ENDED';
export type ReviewDecision = 'CERTIFY' | 'STAY_ASSOCIATE' | 'END';

/**
 * [R11] the one-year window an associate's completed registrations are counted in: the
 * first year as associate, or, for a later request, the twelve months up to the request
 * (never before becoming associate). Both are returned; the better one counts.
 */
export function reviewWindows(associateSince: string, requestedOn: string) {
  const firstYearEnd = addDays(addYears(associateSince, 1), -1);
  const latestFrom = addDays(addYears(requestedOn, -1), 1);
  return {
    firstYear: { from: associateSince, to: firstYearEnd < requestedOn ? firstYearEnd : requestedOn },
    latestYear: { from: latestFrom > associateSince ? latestFrom : associateSince, to: requestedOn },
  };
}

/** [R11] an associate with at least 50 completed registrations in the window may request review. */
export function checkReviewRequest(status: OperatorStatus, completedInWindow: number, hasPendingRequest: boolean): void {
  if (status !== OperatorStatus.Associate) throw ruleViolation('R11', 'Only an associate operator may request certification review');
  if (hasPendingRequest) throw ruleViolation('R11', 'A review request is already pending');
  if (completedInWindow < ANNUAL_REQUIREMENT) {
    throw ruleViolation('R11', `Review needs at least ${ANNUAL_REQUIREMENT} completed registrations within one year as associate (${completedInWindow} so far)`);
  }
}

/**
 * [R11] STEERING decides a pending request: CERTIFY (ASSOCIATE → CERTIFIED, on the
 * public list), or, when the cases fall short, STAY_ASSOCIATE (no change; a later request
 * is allowed) or END (ASSOCIATE → ENDED). Returns null when the status does not change.
 */
export function decideReview(reviewStatus: ReviewStatus, operatorStatus: OperatorStatus, decision: ReviewDecision, completedInWindow: number): Transition | null {
  if (reviewStatus !== 'PENDING') throw ruleViolation('R11', 'This review has already been decided');
  if (operatorStatus !== OperatorStatus.Associate) throw ruleViolation('R11', 'Only an associate can be certified through review');
  if (decision === 'CERTIFY') {
    if (completedInWindow < ANNUAL_REQUIREMENT) {
      throw ruleViolation('R11', `Certification needs at least ${ANNUAL_REQUIREMENT} completed registrations within one year`);
    }
    return { from: OperatorStatus.Associate, to: OperatorStatus.Certified, rule: 'R11' };
  }
  if (decision === 'END') return { from: OperatorStatus.Associate, to: OperatorStatus.Ended, rule: 'R11' };
  return null;
}

export const REVIEW_STATUS_BY_DECISION: Record<ReviewDecision, ReviewStatus> = { CERTIFY: 'CERTIFIED', STAY_ASSOCIATE: 'STAYED', END: 'ENDED' };

// ── Annual renewal [R10][R13][R14] ──────────────────────────────────────────────────

export type RenewalOutcome = 'MET' | 'LEAN' | 'NOT_JUDGED' | 'ASK_TO_CONTINUE' | 'BECOMES_OB' | 'RETURNS_CERTIFIED' | 'REMAINS_OB';
export type QuestionState = 'OPEN' | 'CONTINUE' | null;

export interface RenewalFacts {
  /** The calendar year renewed. */
  year: number;
  status: OperatorStatus;
  /**
   * The day from which the current status counts: the day it took effect, or 1 January of
   * the year when the previous year's renewal made it (a return from OB belongs to the turn
   * of the year, however late that renewal ran).
   */
  heldSince: LocalDate;
  /** Completed registrations of the calendar year, overseas included [R13][R14]. */
  completed: number;
  /** Consecutive lean years as certified operator up to the previous year. */
  previousLeanYears: number;
  /** The pending continue-question, if any: unanswered, or answered "continue". */
  question: QuestionState;
}

export interface RenewalDecision {
  outcome: RenewalOutcome;
  leanYears: number;
  transition: Transition | null;
  opensQuestion: boolean;
  closesQuestion: boolean;
}

/**
 * One operator, one calendar year. Only CERTIFIED and OB operators are renewed;
 * associates follow [R11], the others have left. Returns null for them, and for an
 * operator certified only after the year ended.
 */
export function renew(f: RenewalFacts): RenewalDecision | null {
  const met = f.completed >= ANNUAL_REQUIREMENT;
  if (f.status === OperatorStatus.Ob) {
    // [R10] an OB who keeps registering and reaches 50 in a year returns (any later year).
    return met
      ? { outcome: 'RETURNS_CERTIFIED', leanYears: 0, transition: { from: OperatorStatus.Ob, to: OperatorStatus.Certified, rule: 'R10' }, opensQuestion: false, closesQuestion: false }
      : { outcome: 'REMAINS_OB', leanYears: 0, transition: null, opensQuestion: false, closesQuestion: false };
  }
  if (f.status !== OperatorStatus.Certified) return null;
  // [R10] only a year CERTIFIED from 1 January to 31 December counts toward the streak. A
  // year before certification is not renewed at all (a late run for an earlier year); the
  // year of certification is never a lean year.
  if (f.heldSince > `${f.year}-12-31`) return null;
  if (!met && f.heldSince > `${f.year}-01-01`) return { outcome: 'NOT_JUDGED', leanYears: 0, transition: null, opensQuestion: false, closesQuestion: false };
  // [R14] a good year ends the lean streak, and a pending question with it.
  if (met) return { outcome: 'MET', leanYears: 0, transition: null, opensQuestion: false, closesQuestion: f.question !== null };
  const leanYears = f.previousLeanYears + 1;
  if (leanYears === 1) return { outcome: 'LEAN', leanYears, transition: null, opensQuestion: false, closesQuestion: false };
  // [R10] two consecutive years under 50 → the secretariat asks whether to continue. A
  // streak that somehow reaches three without a question is asked too: never OB unasked.
  if (leanYears === 2 || f.question === null) return { outcome: 'ASK_TO_CONTINUE', leanYears, transition: null, opensQuestion: true, closesQuestion: false };
  // [R10] continued and a third year under 50 → OB. An unanswered question ends the same
  // way: declining would have made the operator OB too.
  return { outcome: 'BECOMES_OB', leanYears, transition: { from: OperatorStatus.Certified, to: OperatorStatus.Ob, rule: 'R10' }, opensQuestion: false, closesQuestion: true };
}

/** [R10] the operator answers the open question: continue (no change) or decline (→ OB at once). */
export function answerContinuation(status: OperatorStatus, question: { answer: string | null; closedOn: string | null }, wantsToContinue: boolean): Transition | null {
  if (question.answer !== null || question.closedOn !== null) throw ruleViolation('R10', 'This question has already been answered or closed');
  if (status !== OperatorStatus.Certified) throw ruleViolation('R10', 'Only a certified operator is asked whether to continue');
  return wantsToContinue ? null : { from: OperatorStatus.Certified, to: OperatorStatus.Ob, rule: 'R10' };
}

// ── Revocation [R10][R15][R38][R50b] ────────────────────────────────────────────────

export type RevocationGround = 'EXCLUDED_UNFAVOURABLE_CASES' | 'NO_IMPROVEMENT_AFTER_WARNING' | 'INCOMPLETE_REGISTRATION';

export const GROUND_RULE: Record<RevocationGround, RuleId> = {
  EXCLUDED_UNFAVOURABLE_CASES: 'R10',
  NO_IMPROVEMENT_AFTER_WARNING: 'R15',
  INCOMPLETE_REGISTRATION: 'R50b',
};

/** Who each ground applies to: registration duties bind certified operators and associates [R13][R50b]. */
const REVOCABLE: Record<RevocationGround, readonly OperatorStatus[]> = {
  EXCLUDED_UNFAVOURABLE_CASES: [OperatorStatus.Certified, OperatorStatus.Associate],
  NO_IMPROVEMENT_AFTER_WARNING: [OperatorStatus.Certified],
  INCOMPLETE_REGISTRATION: [OperatorStatus.Certified, OperatorStatus.Associate],
};

export interface RevocationFacts {
  status: OperatorStatus;
  ground: RevocationGround;
  /** For NO_IMPROVEMENT_AFTER_WARNING: a warning exists and the next year's figures did not improve [R15]. */
  warnedAndNotImproved: boolean;
}

/**
 * STEERING revokes after review. (a) intentional exclusion of unfavourable cases, after
 * verification, published [R10]; (b) a warned operator whose next year did not improve
 * [R15][R38]; (c) failing to register all own cases [R50b].
 */
export function revoke(f: RevocationFacts): Transition & { published: boolean } {
  const rule = GROUND_RULE[f.ground];
  if (!REVOCABLE[f.ground].includes(f.status)) throw ruleViolation(rule, `An operator who is ${f.status} cannot be revoked on this ground`);
  if (f.ground === 'NO_IMPROVEMENT_AFTER_WARNING' && !f.warnedAndNotImproved) {
    throw ruleViolation('R15', "Revocation needs a warning and a following year whose figures did not improve");
  }
  return { from: f.status, to: OperatorStatus.Revoked, rule, published: f.ground === 'EXCLUDED_UNFAVOURABLE_CASES' };
}
