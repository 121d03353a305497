import { can, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { forbidden, notFound, requireText, requireUuid, unauthenticated } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { UnitOfWork } from '@registry/unit-of-work';
import { OperatorStatus } from '../operators/operator-status.ts';
import type { Repositories } from '../repositories.ts';
import { assertSittingSteeringMember, assertSteeringRole } from '../steering/steering-policy.ts';
import { checkReviewRequest, decideReview, REVIEW_STATUS_BY_DECISION, reviewWindows, type ReviewDecision, type ReviewStatus } from './certification-machine.ts';
import type { ReviewRecord } from './review-repository.ts';
import { recordTransition } from './status-recorder.ts';


/** Associate → certified [R11]. */
export class ReviewService {
  constructor(
    private readonly viewer: Viewer,
    private readonly uow: UnitOfWork,
    private readonly repos: Repositories,
  ) {}

  /**
   * [R11] the associate asks for review once 50 registrations completed within one year
   * as associate: the first year, or (for a later request) the twelve months up to today.
   */
  async request(): Promise<ReviewRecord> {
    if (!this.viewer.accountId || this.viewer.roles.length === 0) throw unauthenticated();
    const { operatorId, accountId } = this.viewer;
    // Who may ask is a role [R11]; the status read in the transaction is the rule's check.
    if (!operatorId || !can(this.viewer, 'certification:requestReview')) throw forbidden('Only an associate operator may request certification review');
    return this.uow.run(async ({ tx, today }) => {
      const operator = await this.repos.operators.lockById(tx, operatorId);
      if (!operator) throw notFound('Operator');
      const requestedOn = today;
      const since = (await this.repos.operators.enteredOn(tx, operatorId, OperatorStatus.Associate)) ?? operator.statusSince;
      const window = await this.bestWindow(tx, operatorId, since, requestedOn);
      checkReviewRequest(operator.status, window.count, await this.repos.reviews.hasPending(tx, operatorId));
      const review = await this.repos.reviews.insert(tx, { operatorId, requestedOn, completedRegistrations: window.count, windowFrom: window.from, windowTo: window.to });
      await this.repos.accounts.audit(tx, { actorAccountId: accountId, action: 'REVIEW_REQUESTED', subject: operatorId, detail: { reviewId: review.id, completed: window.count } });
      return review;
    });
  }

  /** [R11][R37] STEERING certifies, keeps the associate, or ends the association, with a reason. */
  async decide(reviewId: string, decision: ReviewDecision, reasonText: string): Promise<ReviewRecord> {
    assertSteeringRole(this.viewer);
    requireUuid(reviewId, ['reviewId']);
    const reason = requireText(reasonText, ['reason'], 'The reason for a decision');
    return this.uow.run(async ({ tx, today, now: at }) => {
      const decidedBy = await assertSittingSteeringMember(tx, this.viewer, this.repos.steering, today);
      const review = await this.repos.reviews.lockById(tx, reviewId);
      if (!review) throw notFound('Certification review');
      const operator = await this.repos.operators.lockById(tx, review.operatorId);
      if (!operator) throw notFound('Operator');
      // Late completion events can only add to the count the request saw.
      const completed = Math.max(review.completedRegistrations, await this.repos.caseCounts.completedBetween(tx, review.operatorId, review.windowFrom, review.windowTo));
      const transition = decideReview(review.status, operator.status, decision, completed);
      const on = today;
      if (transition) await recordTransition(tx, this.repos, { operatorId: review.operatorId, transition, effectiveOn: on, decidedBy, reason, at });
      const decided = await this.repos.reviews.decide(tx, reviewId, { status: REVIEW_STATUS_BY_DECISION[decision], decidedOn: on, decidedBy, reason });
      await this.repos.accounts.audit(tx, { actorAccountId: decidedBy, action: 'REVIEW_DECIDED', subject: review.operatorId, detail: { reviewId, decision, reason } });
      return decided;
    });
  }

  /** Staff see every request; an operator sees their own. */
  async list(status: ReviewStatus | undefined, page: PageRequest): Promise<ReviewRecord[]> {
    if (this.viewer.roles.length === 0) throw unauthenticated();
    if (can(this.viewer, 'certification:readReviews')) return this.repos.reviews.list({ status }, page);
    if (!this.viewer.operatorId) throw forbidden('Certification reviews are handled by the steering committee');
    return this.repos.reviews.list({ status, operatorId: this.viewer.operatorId }, page);
  }

  private async bestWindow(tx: Executor, operatorId: string, since: string, requestedOn: string) {
    const { firstYear, latestYear } = reviewWindows(since, requestedOn);
    const first = await this.repos.caseCounts.completedBetween(tx, operatorId, firstYear.from, firstYear.to);
    const latest = await this.repos.caseCounts.completedBetween(tx, operatorId, latestYear.from, latestYear.to);
    return latest > first ? { ...latestYear, count: latest } : { ...firstYear, count: first };
  }
}
