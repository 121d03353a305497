import { describe, expect, it } from 'vitest';
import { OperatorStatus } from '../operators/operator-status.ts';
import {
  answerContinuation,
  approveApplication,
  checkExperience,
  checkRecommendation,
  checkReviewRequest,
  decideReview,
  rejectApplication,
  renew,
  reviewWindows,
  revoke,
  type ApplicationFacts,
  type RecommenderFacts,
} from './certification-machine.ts';

const { Applicant, Associate, Certified, Ob, Revoked, Rejected, Ended } = OperatorStatus;

const application: ApplicationFacts = { status: 'PENDING', applicantName: 'Sora Aoki', facilityId: 'F002', ctoExperience: 320, filedByAccountId: null };
const recommender: RecommenderFacts = { operatorId: 'OP0003', accountId: 'acc-3', name: 'Kenji Sato', facilityId: 'F003', status: Certified };

/** Runs `fn` and returns the rule its RULE_VIOLATION names. */
function ruleOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    const e = err as { extensions?: Record<string, unknown> };
    expect(e.extensions?.['code']).toBe('RULE_VIOLATION');
    return e.extensions?.['rule'];
  }
  throw new Error('expected a refusal');
}

describe('application → associate', () => {
  it('should accept an application declaring at least 300 CTO cases [R50a]', () => {
    expect(() => checkExperience(300)).not.toThrow();
  });

  it('should refuse an application declaring fewer than 300 CTO cases [R50a]', () => {
    expect(ruleOf(() => checkExperience(299))).toBe('R50a');
  });

  it('should accept a recommendation from a certified operator [R11]', () => {
    expect(() => checkRecommendation(application, recommender, [])).not.toThrow();
  });

  it('should refuse a recommendation from an operator who is not certified [R11]', () => {
    for (const status of [Associate, Ob, Revoked, Ended]) {
      expect(ruleOf(() => checkRecommendation(application, { ...recommender, status }, []))).toBe('R11');
    }
  });

  it('should refuse a self-recommendation by the filing account [R11]', () => {
    expect(ruleOf(() => checkRecommendation({ ...application, filedByAccountId: 'acc-3' }, recommender, []))).toBe('R11');
  });

  it('should refuse a self-recommendation under the same name at the same facility [R11]', () => {
    expect(ruleOf(() => checkRecommendation({ ...application, applicantName: ' kenji  SATO ', facilityId: 'F003' }, recommender, []))).toBe('R11');
  });

  it('should refuse a second recommendation by the same operator [R11]', () => {
    expect(ruleOf(() => checkRecommendation(application, recommender, ['OP0003']))).toBe('R11');
  });

  it('should refuse a recommendation for a decided application [R11]', () => {
    expect(ruleOf(() => checkRecommendation({ ...application, status: 'APPROVED' }, recommender, []))).toBe('R11');
  });

  it('should make an applicant ASSOCIATE on approval with two certified recommendations [R11]', () => {
    expect(approveApplication(application, [Certified, Certified])).toEqual({ from: Applicant, to: Associate, rule: 'R11' });
  });

  it('should refuse approval with fewer than two recommendations [R11]', () => {
    expect(ruleOf(() => approveApplication(application, [Certified]))).toBe('R11');
  });

  it('should refuse approval when a recommender is no longer certified [R11]', () => {
    expect(ruleOf(() => approveApplication(application, [Certified, Ob]))).toBe('R11');
  });

  it('should refuse approval of an application declaring under 300 cases [R50a]', () => {
    expect(ruleOf(() => approveApplication({ ...application, ctoExperience: 120 }, [Certified, Certified]))).toBe('R50a');
  });

  it('should refuse deciding an application twice [R11]', () => {
    expect(ruleOf(() => approveApplication({ ...application, status: 'REJECTED' }, [Certified, Certified]))).toBe('R11');
    expect(ruleOf(() => rejectApplication({ ...application, status: 'APPROVED' }))).toBe('R11');
  });

  it('should make an applicant REJECTED on rejection [R11]', () => {
    expect(rejectApplication(application)).toEqual({ from: Applicant, to: Rejected, rule: 'R11' });
  });
});

describe('associate → certified', () => {
  it('should count the first year as associate, and the latest twelve months for a later request [R11]', () => {
    expect(reviewWindows('2027-01-10', '2027-11-01')).toEqual({
      firstYear: { from: '2027-01-10', to: '2027-11-01' },
      latestYear: { from: '2027-01-10', to: '2027-11-01' },
    });
    expect(reviewWindows('2027-01-10', '2028-06-30')).toEqual({
      firstYear: { from: '2027-01-10', to: '2028-01-09' },
      latestYear: { from: '2027-07-01', to: '2028-06-30' },
    });
  });

  it('should let an associate with 50 completed registrations request review [R11]', () => {
    expect(() => checkReviewRequest(Associate, 50, false)).not.toThrow();
  });

  it('should refuse a review request under 50 [R11]', () => {
    expect(ruleOf(() => checkReviewRequest(Associate, 49, false))).toBe('R11');
  });

  it('should refuse a review request from anyone but an associate [R11]', () => {
    expect(ruleOf(() => checkReviewRequest(Certified, 80, false))).toBe('R11');
  });

  it('should refuse a second request while one is pending [R11]', () => {
    expect(ruleOf(() => checkReviewRequest(Associate, 60, true))).toBe('R11');
  });

  it('should make an associate CERTIFIED when STEERING approves [R11]', () => {
    expect(decideReview('PENDING', Associate, 'CERTIFY', 50)).toEqual({ from: Associate, to: Certified, rule: 'R11' });
  });

  it('should refuse certification when the count has fallen short [R11]', () => {
    expect(ruleOf(() => decideReview('PENDING', Associate, 'CERTIFY', 42))).toBe('R11');
  });

  it('should keep an associate when STEERING decides they stay [R11]', () => {
    expect(decideReview('PENDING', Associate, 'STAY_ASSOCIATE', 42)).toBeNull();
  });

  it('should make an associate ENDED when STEERING ends the association [R11]', () => {
    expect(decideReview('PENDING', Associate, 'END', 42)).toEqual({ from: Associate, to: Ended, rule: 'R11' });
  });

  it('should refuse deciding a review twice, or for someone no longer associate [R11]', () => {
    expect(ruleOf(() => decideReview('CERTIFIED', Associate, 'CERTIFY', 60))).toBe('R11');
    expect(ruleOf(() => decideReview('PENDING', Revoked, 'CERTIFY', 60))).toBe('R11');
  });
});

describe('annual renewal', () => {
  const certified = { year: 2025, status: Certified, heldSince: '2021-01-15', completed: 10, previousLeanYears: 0, question: null } as const;
  const ob = { year: 2025, status: Ob, heldSince: '2024-03-01', previousLeanYears: 0, question: null } as const;

  it('should leave a certified operator with 50 or more unchanged [R14]', () => {
    expect(renew({ ...certified, completed: 50 })).toMatchObject({ outcome: 'MET', leanYears: 0, transition: null });
  });

  it('should note a first year under 50 without any change [R10]', () => {
    expect(renew(certified)).toMatchObject({ outcome: 'LEAN', leanYears: 1, transition: null, opensQuestion: false });
  });

  it('should ask whether to continue after two consecutive years under 50 [R10]', () => {
    expect(renew({ ...certified, previousLeanYears: 1 })).toMatchObject({ outcome: 'ASK_TO_CONTINUE', leanYears: 2, transition: null, opensQuestion: true });
  });

  it('should make an operator OB after a third year under 50 when they chose to continue [R10]', () => {
    expect(renew({ ...certified, previousLeanYears: 2, question: 'CONTINUE' })).toMatchObject({
      outcome: 'BECOMES_OB',
      transition: { from: Certified, to: Ob, rule: 'R10' },
      closesQuestion: true,
    });
  });

  it('should make an operator OB after a third year under 50 when the question went unanswered [R10]', () => {
    expect(renew({ ...certified, previousLeanYears: 2, question: 'OPEN' })).toMatchObject({ outcome: 'BECOMES_OB', transition: { to: Ob } });
  });

  it('should never make an operator OB who was not asked first [R10]', () => {
    expect(renew({ ...certified, previousLeanYears: 2, question: null })).toMatchObject({ outcome: 'ASK_TO_CONTINUE', transition: null });
  });

  it('should close a pending question when the year reaches 50 [R10]', () => {
    expect(renew({ ...certified, completed: 61, previousLeanYears: 2, question: 'CONTINUE' })).toMatchObject({ outcome: 'MET', closesQuestion: true, leanYears: 0 });
  });

  it('should return an OB operator who reaches 50 to CERTIFIED [R10]', () => {
    expect(renew({ ...ob, completed: 50 })).toMatchObject({
      outcome: 'RETURNS_CERTIFIED',
      transition: { from: Ob, to: Certified, rule: 'R10' },
    });
  });

  it('should keep an OB operator under 50 as OB [R10]', () => {
    expect(renew({ ...ob, completed: 49 })).toMatchObject({ outcome: 'REMAINS_OB', transition: null });
  });

  it('should never count a year before certification as a lean year [R10]', () => {
    expect(renew({ ...certified, year: 2024, heldSince: '2026-03-01' })).toBeNull();
    expect(renew({ ...certified, year: 2025, heldSince: '2026-03-01', previousLeanYears: 1 })).toBeNull();
  });

  it('should never count the year of certification as a lean year, nor ask after it [R10]', () => {
    expect(renew({ ...certified, year: 2026, heldSince: '2026-03-01' })).toMatchObject({ outcome: 'NOT_JUDGED', leanYears: 0, opensQuestion: false, transition: null });
    expect(renew({ ...certified, year: 2026, heldSince: '2026-01-02', previousLeanYears: 1 })).toMatchObject({ outcome: 'NOT_JUDGED', leanYears: 0 });
  });

  it('should count a year certified from its first day as a whole year [R10]', () => {
    expect(renew({ ...certified, year: 2026, heldSince: '2026-01-01' })).toMatchObject({ outcome: 'LEAN', leanYears: 1 });
  });

  it('should start the streak with the first whole year after certification [R10]', () => {
    const first = renew({ ...certified, year: 2026, heldSince: '2026-06-01' });
    const second = renew({ ...certified, year: 2027, heldSince: '2026-06-01', previousLeanYears: first!.leanYears });
    expect(second).toMatchObject({ outcome: 'LEAN', leanYears: 1, opensQuestion: false });
  });

  it('should count 50 in the year of certification as met [R10][R14]', () => {
    expect(renew({ ...certified, year: 2026, heldSince: '2026-06-01', completed: 50 })).toMatchObject({ outcome: 'MET', leanYears: 0 });
  });

  it('should not renew associates or operators who have left [R11]', () => {
    for (const status of [Associate, Revoked, Ended, Rejected]) expect(renew({ ...certified, status })).toBeNull();
  });
});

describe('the continue-question', () => {
  const open = { answer: null, closedOn: null };

  it('should keep a certified operator who chooses to continue [R10]', () => {
    expect(answerContinuation(Certified, open, true)).toBeNull();
  });

  it('should make a certified operator who declines OB at once [R10]', () => {
    expect(answerContinuation(Certified, open, false)).toEqual({ from: Certified, to: Ob, rule: 'R10' });
  });

  it('should refuse answering a question twice [R10]', () => {
    expect(ruleOf(() => answerContinuation(Certified, { answer: 'CONTINUE', closedOn: null }, false))).toBe('R10');
  });

  it('should refuse an answer from an operator no longer certified [R10]', () => {
    expect(ruleOf(() => answerContinuation(Revoked, open, true))).toBe('R10');
  });
});

describe('revocation', () => {
  it('should revoke and publish for intentional exclusion of unfavourable cases [R10]', () => {
    expect(revoke({ status: Certified, ground: 'EXCLUDED_UNFAVOURABLE_CASES', warnedAndNotImproved: false })).toEqual({ from: Certified, to: Revoked, rule: 'R10', published: true });
  });

  it('should revoke a warned operator whose next year did not improve, unpublished [R15]', () => {
    expect(revoke({ status: Certified, ground: 'NO_IMPROVEMENT_AFTER_WARNING', warnedAndNotImproved: true })).toEqual({ from: Certified, to: Revoked, rule: 'R15', published: false });
  });

  it('should refuse revocation for no improvement without a warning and an unimproved year [R15]', () => {
    expect(ruleOf(() => revoke({ status: Certified, ground: 'NO_IMPROVEMENT_AFTER_WARNING', warnedAndNotImproved: false }))).toBe('R15');
  });

  it('should revoke an associate who fails to register all own cases [R50b]', () => {
    expect(revoke({ status: Associate, ground: 'INCOMPLETE_REGISTRATION', warnedAndNotImproved: false })).toMatchObject({ to: Revoked, rule: 'R50b', published: false });
  });

  it('should refuse revoking an operator who is not certified or associate [R10][R50b]', () => {
    expect(ruleOf(() => revoke({ status: Revoked, ground: 'EXCLUDED_UNFAVOURABLE_CASES', warnedAndNotImproved: false }))).toBe('R10');
    expect(ruleOf(() => revoke({ status: Ob, ground: 'INCOMPLETE_REGISTRATION', warnedAndNotImproved: false }))).toBe('R50b');
  });
});
