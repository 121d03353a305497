import { can, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { forbidden, notFound, requireText, requireUuid, unauthenticated } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import { assertSittingSteeringMember, assertSteeringRole } from '../steering/steering-policy.ts';
import { checkReviewRequest, decideReview, REVIEW_STATUS_BY_DECISION, reviewWindows, type ReviewDecision, type ReviewStatus } from './certification-machine.ts';
import type { ReviewRecord, ReviewRepository } from './review-repository.ts';
import { recordTransition } from './status-recorder.ts';
import type { CaseCountRepository } from '../case-counts/case-count-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import type { SteeringRepository } from '../steering/steering-repository.ts';


/** What ReviewService works with, each named [#14.7]. */
export interface ReviewServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  caseCounts: CaseCountRepository;
  operators: OperatorRepository;
  reviews: ReviewRepository;
  steering: SteeringRepository;
}

/** Associate → certified [R11]. */
export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  /**
   * [R11] the associate asks for review once 50 registrations completed within one year
   * as associate: the first year, or (for a later request) the twelve months up to today.
   */
  async request(): Promise<ReviewRecord> {
    if (!this.deps.viewer.accountId || this.deps.viewer.roles.length === 0) throw unauthenticated();
    const { operatorId } = this.deps.viewer;
    // Who may ask is a role [R11]; the status read in the transaction is the rule's check.
    if (!operatorId || !can(this.deps.viewer, 'certification:requestReview')) throw forbidden('Only an associate operator may request certification review');
    return this.deps.uow.run(async (unit) => {
      const { tx, today } = unit;
      const operator = await this.deps.operators.lockById(tx, operatorId);
      if (!operator) throw notFound('Operator');
      const requestedOn = today;
      const since = (await this.deps.operators.enteredOn(tx, operatorId, OperatorStatus.Associate)) ?? operator.statusSince;
      const window = await this.bestWindow(tx, operatorId, since, requestedOn);
      checkReviewRequest(operator.status, window.count, await this.deps.reviews.hasPending(tx, operatorId));
      const review = await this.deps.reviews.insert(tx, { operatorId, requestedOn, completedRegistrations: window.count, windowFrom: window.from, windowTo: window.to });
      await unit.audit(operatorId, [{ action: 'REVIEW_REQUESTED', detail: { reviewId: review.id, completed: window.count } }]);
      return review;
    });
  }

  /** [R11][R37] STEERING certifies, keeps the associate, or ends the association, with a reason. */
  async decide(reviewId: string, decision: ReviewDecision, reasonText: string): Promise<ReviewRecord> {
    assertSteeringRole(this.deps.viewer);
    requireUuid(reviewId, ['reviewId']);
    const reason = requireText(reasonText, ['reason'], 'The reason for a decision');
    return this.deps.uow.run(async (unit) => {
      const { tx, today } = unit;
      const decidedBy = await assertSittingSteeringMember(tx, this.deps.viewer, this.deps.steering, today);
      const review = await this.deps.reviews.lockById(tx, reviewId);
      if (!review) throw notFound('Certification review');
      const operator = await this.deps.operators.lockById(tx, review.operatorId);
      if (!operator) throw notFound('Operator');
      // Late completion events can only add to the count the request saw.
      const completed = Math.max(review.completedRegistrations, await this.deps.caseCounts.completedBetween(tx, review.operatorId, review.windowFrom, review.windowTo));
      const transition = decideReview(review.status, operator.status, decision, completed);
      const on = today;
      if (transition) await recordTransition(unit, this.deps, { operatorId: review.operatorId, transition, effectiveOn: on, reason });
      const decided = await this.deps.reviews.decide(tx, reviewId, { status: REVIEW_STATUS_BY_DECISION[decision], decidedOn: on, decidedBy, reason });
      await unit.audit(review.operatorId, [{ action: 'REVIEW_DECIDED', detail: { reviewId, decision, reason } }]);
      return decided;
    });
  }

  /** Staff see every request; an operator sees their own. */
  async list(status: ReviewStatus | undefined, page: PageRequest): Promise<ReviewRecord[]> {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (can(this.deps.viewer, 'certification:readReviews')) return this.deps.reviews.list({ status }, page);
    if (!this.deps.viewer.operatorId) throw forbidden('Certification reviews are handled by the steering committee');
    return this.deps.reviews.list({ status, operatorId: this.deps.viewer.operatorId }, page);
  }

  private async bestWindow(tx: Executor, operatorId: string, since: string, requestedOn: string) {
    const { firstYear, latestYear } = reviewWindows(since, requestedOn);
    const first = await this.deps.caseCounts.completedBetween(tx, operatorId, firstYear.from, firstYear.to);
    const latest = await this.deps.caseCounts.completedBetween(tx, operatorId, latestYear.from, latestYear.to);
    return latest > first ? { ...latestYear, count: latest } : { ...firstYear, count: first };
  }
}
