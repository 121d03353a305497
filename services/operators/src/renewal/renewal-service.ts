import { can, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { badUserInput, forbidden, notFound, requireUuid, ruleViolation, unauthenticated } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { OperatorsUnit, OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { answerContinuation, renew, type QuestionState } from '../certification/certification-machine.ts';
import { recordTransition } from '../certification/status-recorder.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import { assertCan } from '../steering/steering-policy.ts';
import type { ContinuationAnswer, ContinuationQuestionRecord, ContinuationRepository } from './continuation-repository.ts';
import type { RenewalResultRecord, RenewalRunRecord, RenewalRepository } from './renewal-repository.ts';
import type { CaseCountRepository } from '../case-counts/case-count-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';

/** A year's renewal; its results are read a page at a time (`resultsOf`). */
export type AnnualRenewal = RenewalRunRecord;


const REASON: Record<string, (year: number, completed: number) => string> = {
  BECOMES_OB: (y, n) => `${n} completed registrations in ${y}: a third consecutive year under 50 after being asked to continue`,
  RETURNS_CERTIFIED: (y, n) => `${n} completed registrations in ${y}: an OB operator who reached 50 returns`,
};

/** What a year's run would decide, computed by the run itself and rolled back. */
export type RenewalPreview = { year: number; asOf: string; results: RenewalResultRecord[] };

/** Ends a preview's transaction so that it rolls back, carrying what the run would have decided. */
class PreviewDone extends Error {
  constructor(readonly results: RenewalResultRecord[] | null) {
    super('renewal preview rolled back');
  }
}

/** What RenewalService works with, each named [#14.7]. */
export interface RenewalServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  caseCounts: CaseCountRepository;
  continuation: ContinuationRepository;
  operators: OperatorRepository;
  renewals: RenewalRepository;
}

/** Annual renewal and the continue-question [R10][R13][R14]. */
export class RenewalService {
  constructor(private readonly deps: RenewalServiceDeps) {}

  /**
   * [R14] renews every certified and OB operator on the completed registrations of one
   * calendar year, overseas included. Years are renewed in order, only once they have
   * ended; a second run for a year returns the first run's outcome and writes nothing.
   */
  async run(year: number): Promise<AnnualRenewal> {
    const runBy = this.assertRunnable(year);
    return this.deps.uow.run(async (unit) => {
      const { tx, today, audit } = unit;
      const done = await this.deps.renewals.runOf(tx, year);
      if (done) return done;
      await this.assertNextYear(tx, year);
      const run = { year, runOn: today };
      const results = await this.renewAll(unit, year, run.runOn);
      await this.deps.renewals.insertRun(tx, { ...run, runBy });
      const outcomes = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {});
      await audit(String(year), [{ action: 'RENEWAL_RUN', detail: { outcomes } }]);
      return run;
    });
  }

  /**
   * What `run(year)` would decide today, for the secretariat to check before running it:
   * the run itself, on the same rules and the same rows, in a transaction that is rolled
   * back, so the preview can never differ from the run by a second copy of the rules.
   * Null once the year has run (its results are `byYear`'s). Refused as the run would be.
   */
  async preview(year: number): Promise<RenewalPreview | null> {
    this.assertRunnable(year);
    const asOf = this.deps.uow.calendar.today();
    try {
      await this.deps.uow.run(async (unit) => {
        if (await this.deps.renewals.runOf(unit.tx, year)) throw new PreviewDone(null);
        await this.assertNextYear(unit.tx, year);
        throw new PreviewDone(await this.renewAll(unit, year, asOf));
      });
    } catch (err) {
      if (!(err instanceof PreviewDone)) throw err;
      return err.results && { year, asOf, results: [...err.results].sort((a, b) => (a.operatorId < b.operatorId ? -1 : 1)) };
    }
    return null;
  }

  /** [R14] Who may run the renewal, and a year that has ended; the secretariat's account id. */
  private assertRunnable(year: number): string {
    const viewer = this.deps.viewer;
    assertCan(viewer, 'renewal:run', 'The research secretariat runs the annual renewal');
    if (!Number.isInteger(year) || year < 2000) throw badUserInput('Not a calendar year', ['year']);
    if (year >= this.deps.uow.calendar.year()) throw ruleViolation('R14', `Renewal counts a whole calendar year; ${year} has not ended`);
    return viewer.accountId;
  }

  /** [R14] Years are renewed in order. */
  private async assertNextYear(tx: Executor, year: number): Promise<void> {
    const last = await this.deps.renewals.lastRunYear(tx);
    if (last !== undefined && year < last) throw ruleViolation('R14', `Renewal has already run for ${last}; an earlier year can no longer be renewed`);
    if (last !== undefined && year > last + 1) throw ruleViolation('R14', `Renewal of ${last + 1} must run first`);
  }

  /** [R10] the operator answers the secretariat's question: continue, or decline (→ OB). */
  async answer(questionId: string, answer: ContinuationAnswer): Promise<ContinuationQuestionRecord> {
    if (!this.deps.viewer.accountId || this.deps.viewer.roles.length === 0) throw unauthenticated();
    const { operatorId } = this.deps.viewer;
    // [R10] only certified operators are asked: the role is checked before the question is looked up.
    if (!operatorId || !can(this.deps.viewer, 'renewal:answer')) throw forbidden('Only a certified operator answers whether to continue');
    requireUuid(questionId, ['questionId']);
    return this.deps.uow.run(async (unit) => {
      const { tx, today, audit } = unit;
      const question = await this.deps.continuation.lockById(tx, questionId);
      if (!question) throw notFound('Question');
      if (question.operatorId !== operatorId) throw forbidden('Only the operator asked may answer');
      const operator = await this.deps.operators.lockById(tx, question.operatorId);
      if (!operator) throw notFound('Operator');
      const transition = answerContinuation(operator.status, question, answer === 'CONTINUE');
      const on = today;
      const answered = await this.deps.continuation.answer(tx, questionId, answer, on);
      if (transition) {
        const reason = `Declined to continue after ${question.askedForYear - 1} and ${question.askedForYear} under 50`;
        await recordTransition(unit, this.deps, { operatorId: question.operatorId, transition, effectiveOn: on, reason });
      }
      await audit(question.operatorId, [{ action: 'CONTINUATION_ANSWERED', detail: { questionId, answer } }]);
      return answered;
    });
  }

  async byYear(year: number): Promise<AnnualRenewal | null> {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (!can(this.deps.viewer, 'renewal:read')) throw forbidden('Renewal results are for the steering committee, secretariat and data center');
    const run = await this.deps.renewals.runOf(undefined, year);
    return run ?? null;
  }

  /**
   * One page of a year's results (issue 15.1). The renewal itself was reached through
   * `annualRenewal` or `runAnnualRenewal`, each of which checked who asks; checked again,
   * as a resolver of a nested field may be reached by another path one day.
   */
  async resultsOf(year: number, page: PageRequest): Promise<RenewalResultRecord[]> {
    if (!can(this.deps.viewer, 'renewal:read') && !can(this.deps.viewer, 'renewal:run')) throw forbidden('Renewal results are for the steering committee, secretariat and data center');
    return this.deps.renewals.resultsPage(year, page);
  }

  /** The operator's pending question, for the operator and the staff who asked it. */
  async pendingQuestionOf(operatorId: string): Promise<ContinuationQuestionRecord | null> {
    if (!can(this.deps.viewer, 'operator:readOwn', { operatorId }) && !can(this.deps.viewer, 'renewal:read')) throw forbidden("An operator's questions are read by the operator and the staff");
    return (await this.deps.continuation.pendingOf(operatorId)) ?? null;
  }

  private async renewAll(unit: OperatorsUnit, year: number, on: string): Promise<RenewalResultRecord[]> {
    const { tx } = unit;
    const operators = await this.deps.operators.lockByStatus(tx, [OperatorStatus.Certified, OperatorStatus.Ob]);
    const counts = await this.deps.caseCounts.forYear(tx, year);
    const previous = new Map((await this.deps.renewals.results(tx, year - 1)).map((r) => [r.operatorId, r]));
    const questions = await this.deps.continuation.pendingByOperator(tx);
    const results: RenewalResultRecord[] = [];
    for (const operator of operators) {
      const count = counts.get(operator.id) ?? { domestic: 0, overseas: 0 };
      const completed = count.domestic + count.overseas;
      const question = questions.get(operator.id);
      const questionState: QuestionState = question ? (question.answer === 'CONTINUE' ? 'CONTINUE' : 'OPEN') : null;
      // [R10] a return from OB decided by last year's renewal counts from 1 January.
      const returned = operator.status === OperatorStatus.Certified && previous.get(operator.id)?.outcome === 'RETURNS_CERTIFIED';
      const heldSince = returned ? `${year}-01-01` : operator.statusSince;
      const decision = renew({ year, status: operator.status, heldSince, completed, previousLeanYears: previous.get(operator.id)?.leanYears ?? 0, question: questionState });
      if (!decision) continue;
      if (decision.transition) {
        const reason = REASON[decision.outcome]!(year, completed);
        await recordTransition(unit, this.deps, { operatorId: operator.id, transition: decision.transition, effectiveOn: on, reason });
      }
      if (decision.closesQuestion && question) await this.deps.continuation.close(tx, question.id, on);
      if (decision.opensQuestion) await this.deps.continuation.ask(tx, { operatorId: operator.id, askedForYear: year, askedOn: on });
      const result: RenewalResultRecord = { year, operatorId: operator.id, domestic: count.domestic, overseas: count.overseas, statusBefore: operator.status, outcome: decision.outcome, leanYears: decision.leanYears };
      await this.deps.renewals.insertResult(tx, result);
      results.push(result);
    }
    return results;
  }
}
