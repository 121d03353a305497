import { can, type Viewer } from '@registry/auth';
import { badUserInput, forbidden, notFound, requireText, requireUuid, ruleViolation, unauthenticated } from '@registry/errors';
import { hashPassword, generateInitialPassword } from '../accounts/password.ts';
import type { PageRequest } from '@registry/subgraph-server';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import { assertSittingSteeringMember, assertSteeringRole } from '../steering/steering-policy.ts';
import type { ApplicationRecord, RecommendationRecord, ApplicationRepository } from './application-repository.ts';
import { approveApplication, checkAskedRecommenders, checkExperience, checkRecommendation, rejectApplication, type ApplicationStatus } from './certification-machine.ts';
import { recordTransition } from './status-recorder.ts';
import type { AccountRepository } from '../accounts/account-repository.ts';
import type { FacilityRepository } from '../facilities/facility-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import type { SteeringRepository } from '../steering/steering-repository.ts';

export interface ApplicationInput {
  applicantName: string;
  facilityId: string;
  ctoExperience: number;
  /** [R11] the certified operators asked to recommend the applicant. */
  recommenderIds?: readonly string[] | null;
}

export interface Approval {
  application: ApplicationRecord;
  operatorId: string;
  initialPassword: string;
}

/** Staff who handle applications; certified operators read one to recommend it [R11]. */

/** What ApplicationService works with, each named [#14.7]. */
export interface ApplicationServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  accounts: AccountRepository;
  applications: ApplicationRepository;
  facilities: FacilityRepository;
  operators: OperatorRepository;
  steering: SteeringRepository;
}

/** Application → associate [R11][R50a]. */
export class ApplicationService {
  constructor(private readonly deps: ApplicationServiceDeps) {}

  /** [R11] anyone may declare the wish to join from the homepage: no token needed. */
  async file(input: ApplicationInput): Promise<ApplicationRecord> {
    const applicantName = requireText(input.applicantName, ['input', 'applicantName'], "The applicant's name");
    checkExperience(input.ctoExperience);
    const [facility] = await this.deps.facilities.byIds([input.facilityId]);
    if (!facility) throw badUserInput('Unknown facility', ['input', 'facilityId']);
    const recommenderIds = [...(input.recommenderIds ?? [])];
    return this.deps.uow.run(async (unit) => {
      const { tx, today } = unit;
      const filedByAccountId = this.deps.viewer.accountId ?? null;
      // [R11] the operators asked are checked as they are now, in the filing's transaction.
      const asked = await this.deps.operators.byIdsIn(tx, recommenderIds);
      checkAskedRecommenders({ applicantName, facilityId: input.facilityId, filerOperatorId: this.deps.viewer.operatorId ?? null }, recommenderIds, asked);
      const application = await this.deps.applications.insert(tx, { applicantName, facilityId: input.facilityId, ctoExperience: input.ctoExperience, filedOn: today, filedByAccountId });
      await this.deps.applications.addAskedRecommenders(tx, application.id, recommenderIds);
      await unit.audit(application.id, [{ action: 'APPLICATION_FILED', detail: { facilityId: input.facilityId, recommenderIds } }]);
      return application;
    });
  }

  /**
   * [R11] a certified operator, signed in, recommends an application. The recommender is
   * the viewer: an applicant cannot type a recommendation in for someone else.
   */
  async recommend(applicationId: string, letterText: string): Promise<ApplicationRecord> {
    if (!this.deps.viewer.accountId || this.deps.viewer.roles.length === 0) throw unauthenticated();
    const { accountId, operatorId } = this.deps.viewer;
    // Who may recommend is a role [R11]: FORBIDDEN before the application is looked up.
    if (!operatorId || !can(this.deps.viewer, 'application:recommend')) throw forbidden('Only a certified operator may recommend an applicant');
    requireUuid(applicationId, ['applicationId']);
    const letter = requireText(letterText, ['letter'], 'A recommendation letter');
    return this.deps.uow.run(async (unit) => {
      const { tx, today } = unit;
      const application = await this.deps.applications.lockById(tx, applicationId);
      if (!application) throw notFound('Application');
      const [recommender] = await this.deps.operators.byIdsIn(tx, [operatorId]);
      if (!recommender) throw ruleViolation('R11', 'Only a certified operator may recommend an applicant');
      const existing = await this.deps.applications.recommendationsOf(tx, applicationId);
      checkRecommendation(application, { ...recommender, operatorId, accountId }, existing.map((r) => r.recommenderOperatorId));
      await this.deps.applications.addRecommendation(tx, { applicationId, recommenderOperatorId: operatorId, recommenderAccountId: accountId, letter, givenOn: today });
      await unit.audit(applicationId, [{ action: 'RECOMMENDATION_GIVEN', detail: { operatorId } }]);
      return application;
    });
  }

  /**
   * [R11] STEERING approves: an operator ID is issued with an initial password, returned
   * here once and never stored in plain text; registration may start at once.
   */
  async approve(applicationId: string, reasonText: string): Promise<Approval> {
    assertSteeringRole(this.deps.viewer);
    requireUuid(applicationId, ['applicationId']);
    const reason = requireText(reasonText, ['reason'], 'The reason for a decision');
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword);
    return this.deps.uow.run(async (unit) => {
      const { tx, today } = unit;
      const decidedBy = await assertSittingSteeringMember(tx, this.deps.viewer, this.deps.steering, today);
      const application = await this.deps.applications.lockById(tx, applicationId);
      if (!application) throw notFound('Application');
      const recommenders = await this.deps.operators.byIdsIn(tx, (await this.deps.applications.recommendationsOf(tx, applicationId)).map((r) => r.recommenderOperatorId));
      const transition = approveApplication(application, recommenders.map((r) => r.status));
      const on = today;
      const operatorId = await this.deps.operators.nextId(tx);
      await this.deps.operators.insert(tx, { id: operatorId, name: application.applicantName, facilityId: application.facilityId, status: OperatorStatus.Applicant, statusSince: application.filedOn });
      await recordTransition(unit, this.deps, { operatorId, transition, effectiveOn: on, reason });
      const accountId = await this.deps.accounts.insert(tx, { loginId: operatorId, displayName: application.applicantName, passwordHash, roles: [], operatorId, mustChangePassword: true });
      await unit.audit(accountId, [{ action: 'ACCOUNT_OPENED', detail: { loginId: operatorId, roles: [] } }]);
      const decided = await this.deps.applications.decide(tx, applicationId, { status: 'APPROVED', decidedOn: on, decidedBy, reason, operatorId });
      await unit.audit(applicationId, [{ action: 'APPLICATION_APPROVED', detail: { operatorId, reason } }]);
      return { application: decided, operatorId, initialPassword };
    });
  }

  /** [R11] STEERING rejects, with a reason; no operator ID is issued. */
  async reject(applicationId: string, reasonText: string): Promise<ApplicationRecord> {
    assertSteeringRole(this.deps.viewer);
    requireUuid(applicationId, ['applicationId']);
    const reason = requireText(reasonText, ['reason'], 'The reason for a decision');
    return this.deps.uow.run(async (unit) => {
      const { tx, today } = unit;
      const decidedBy = await assertSittingSteeringMember(tx, this.deps.viewer, this.deps.steering, today);
      const application = await this.deps.applications.lockById(tx, applicationId);
      if (!application) throw notFound('Application');
      rejectApplication(application);
      const decided = await this.deps.applications.decide(tx, applicationId, { status: 'REJECTED', decidedOn: today, decidedBy, reason, operatorId: null });
      await unit.audit(applicationId, [{ action: 'APPLICATION_REJECTED', detail: { reason } }]);
      return decided;
    });
  }

  async list(status: ApplicationStatus | undefined, page: PageRequest): Promise<ApplicationRecord[]> {
    this.assertCanRead(false);
    return this.deps.applications.list(status, page);
  }

  async byId(id: string): Promise<ApplicationRecord | null> {
    this.assertCanRead(true);
    return (await this.deps.applications.byId(requireUuid(id, ['id']))) ?? null;
  }

  /**
   * [R11] what waits for the signed-in certified operator's letter: the undecided
   * applications that named them as asked and that they have not recommended yet.
   */
  async awaitingMyRecommendation(page: PageRequest): Promise<ApplicationRecord[]> {
    if (!this.deps.viewer.accountId || this.deps.viewer.roles.length === 0) throw unauthenticated();
    const { operatorId } = this.deps.viewer;
    if (!operatorId || !can(this.deps.viewer, 'application:recommend')) throw forbidden('Only a certified operator is asked to recommend an applicant');
    return this.deps.applications.awaitingRecommendationBy(operatorId, page);
  }

  /** [R11] the operators the applicant asked, in operator ID order. */
  askedRecommenders(applicationId: string): Promise<string[]> {
    return this.deps.applications.askedRecommendersOf(applicationId);
  }

  recommendations(applicationId: string): Promise<RecommendationRecord[]> {
    return this.deps.applications.recommendationsOf(undefined, applicationId);
  }

  private assertCanRead(recommenderToo: boolean): void {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (!can(this.deps.viewer, 'application:read') && !(recommenderToo && can(this.deps.viewer, 'application:recommend'))) throw forbidden('Applications are handled by the steering committee and the secretariat');
  }
}
