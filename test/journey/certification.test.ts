import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@registry/auth';
import { EXAMPLE_FORM, exampleRegistration, requiredSeries } from '@registry/cases';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const LOGIN = graphql(`mutation CertificationJourneyLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }`);
const PUBLIC_LIST = graphql(`query CertificationJourneyPublicList { certifiedOperators(prefecture: "Osaka") { id name facility { name location } } certifiedOperatorsUpdatedOn }`);
const RENEW = graphql(`mutation CertificationJourneyRenew($year: Int!) { runAnnualRenewal(year: $year) { results { operator { id } outcome completedRegistrations } } }`);
const ME = graphql(`query CertificationJourneyMe { viewer { roles operator { id status continuationQuestion { id askedForYear } statusHistory { from to effectiveOn rule } } } }`);

/** Moves this process's clock (every in-process service and the gateway) to a day; time keeps running. */
function travelTo(day: string): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(`${day}T09:00:00Z`));
}

describe('an operator’s certification life, through the gateway', () => {
  let t: TestRegistry;
  let operatorId: string;
  let accountId: string;
  // Never the person's name or login ID (NIST SP 800-63B): a phrase of unrelated words.
  const password = 'lantern-orbit-meadow-77';

  /**
   * One request through the gateway, expected to succeed. Registering a year of cases
   * in-process leaves the client's keep-alive socket idle past the server's keep-alive
   * timeout, so a request may meet a socket the server just closed: that network
   * failure (never a GraphQL answer) is retried once on a fresh connection.
   */
  const ok = async <T, V>(query: TypedDocumentString<T, V>, options: { token?: string; variables?: V } = {}): Promise<T> => {
    const res = await t.gql(query, options).catch((err: Error) => {
      if (err.message !== 'fetch failed') throw err;
      return t.gql(query, options);
    });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const signIn = async (loginId: string, pw = 'demo-password') =>
    (await ok(LOGIN, { variables: { id: loginId, pw } })).login.token;
  const renew = async (year: number) => {
    const data = await ok(RENEW, { token: await signIn('secretariat'), variables: { year } });
    return data.runAnnualRenewal.results.find((r) => r.operator.id === operatorId);
  };
  const publicIds = async () => (await ok(PUBLIC_LIST)).certifiedOperators.map((o) => o.id);

  /** Registers and completes cases as the operator would, in the cases subgraph, on the given days. */
  async function registerCompleted(role: Role, days: string[]): Promise<void> {
    for (const [i, day] of days.entries()) {
      const viewer = { roles: [role], operatorId, facilityId: 'F002', accountId };
      const ctx = t.registry.cases.contextFor(viewer, { now: () => new Date(`${day}T12:00:00Z`) });
      const { registrationNumber } = await ctx.cases.register(exampleRegistration({ facilityId: 'F002', operatorId, patientCode: `F002-J${day.replace(/-/g, '')}${i}`, procedureDate: day }));
      await ctx.forms.save({ registrationNumber, ...EXAMPLE_FORM });
      const media = t.registry.cases.contextFor({ roles: [Role.DataCenter], accountId }, { now: () => new Date(`${day}T12:00:00Z`) });
      for (const kind of requiredSeries(true)) await media.images.recordSeries(registrationNumber, kind);
    }
    await t.registry.settle();
  }
  /** `n` procedure days spread over February–October of `year`. */
  const daysOf = (year: number, n: number) => Array.from({ length: n }, (_, i) => `${year}-${String(2 + (i % 9)).padStart(2, '0')}-${String(1 + Math.floor(i / 9)).padStart(2, '0')}`);

  beforeAll(async () => {
    t = await startTestRegistry();
  });
  afterAll(async () => {
    await t.stop();
    vi.useRealTimers();
  });

  it('should take an applicant with two recommendations to associate, with an ID and a password to change [R11][R50a]', async () => {
    travelTo('2027-01-11');
    const filed = await ok(graphql(`mutation CertificationJourneyFile { fileApplication(input: { applicantName: "Sora Aoki", facilityId: "F002", ctoExperience: 340 }) { id status } }`));
    const applicationId = filed.fileApplication.id;
    for (const recommender of ['OP0003', 'OP0004']) {
      await ok(graphql(`mutation CertificationJourneyRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: "I vouch for this operator.") { id } }`), {
        token: await signIn(recommender),
        variables: { id: applicationId },
      });
    }
    const APPROVE = graphql(`mutation CertificationJourneyApprove($id: ID!) { approveApplication(applicationId: $id, reason: "Recommended by two certified operators") { initialPassword operator { id status } } }`);
    const approved = await ok(APPROVE, {
      token: await signIn('OP0001'),
      variables: { id: applicationId },
    });
    operatorId = approved.approveApplication.operator.id;
    expect(approved.approveApplication.operator.status).toBe('ASSOCIATE');

    const first = await ok(LOGIN, { variables: { id: operatorId, pw: approved.approveApplication.initialPassword } });
    expect(first.login).toMatchObject({ mustChangePassword: true, viewer: { roles: [] } });
    accountId = decodeJwt(first.login.token).sub!;
    const changed = await ok(graphql(`mutation CertificationJourneyChangePassword($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { viewer { roles } } }`), {
      token: first.login.token,
      variables: { old: approved.approveApplication.initialPassword, new: password },
    });
    expect(changed.changePassword.viewer.roles).toEqual(['ASSOCIATE']);
  });

  it('should certify the associate after 50 completed registrations and a review, and list them publicly [R11][R12]', async () => {
    await registerCompleted(Role.Associate, daysOf(2027, 50));
    travelTo('2027-11-02');
    const REQUEST = graphql(`mutation CertificationJourneyRequestReview { requestCertificationReview { id completedRegistrations } }`);
    const review = await ok(REQUEST, { token: await signIn(operatorId, password) });
    expect(review.requestCertificationReview.completedRegistrations).toBe(50);
    const DECIDE = graphql(`mutation CertificationJourneyDecideReview($id: ID!) { decideCertificationReview(reviewId: $id, decision: CERTIFY, reason: "50 cases within the first year") { status } }`);
    const decided = await ok(DECIDE, {
      token: await signIn('OP0002'),
      variables: { id: review.requestCertificationReview.id },
    });
    expect(decided.decideCertificationReview.status).toBe('CERTIFIED');
    const list = await ok(PUBLIC_LIST);
    expect(list.certifiedOperators).toContainEqual({ id: operatorId, name: 'Sora Aoki', facility: { name: 'Minato Cardiovascular Center', location: 'Kita, Osaka' } });
    expect(list.certifiedOperatorsUpdatedOn).toBe('2027-11-02');
  });

  it('should make the operator OB after three lean years, having asked whether to continue [R10][R14]', async () => {
    travelTo('2028-01-10');
    expect(await renew(2027)).toMatchObject({ outcome: 'MET', completedRegistrations: 50 });
    await registerCompleted(Role.Operator, daysOf(2028, 5));
    travelTo('2029-01-10');
    expect(await renew(2028)).toMatchObject({ outcome: 'LEAN', completedRegistrations: 5 });
    await registerCompleted(Role.Operator, daysOf(2029, 3));
    travelTo('2030-01-10');
    expect(await renew(2029)).toMatchObject({ outcome: 'ASK_TO_CONTINUE', completedRegistrations: 3 });

    const token = await signIn(operatorId, password);
    const me = await ok(ME, { token });
    expect(me.viewer!.operator!.continuationQuestion!.askedForYear).toBe(2029);
    const ANSWER = graphql(`mutation CertificationJourneyAnswerContinuation($id: ID!) { answerContinuationQuestion(questionId: $id, answer: CONTINUE) { answer } }`);
    await ok(ANSWER, { token, variables: { id: me.viewer!.operator!.continuationQuestion!.id } });

    travelTo('2031-01-10');
    expect(await renew(2030)).toMatchObject({ outcome: 'BECOMES_OB', completedRegistrations: 0 });
    expect(await publicIds()).not.toContain(operatorId);
    const asOb = await ok(LOGIN, { variables: { id: operatorId, pw: password } });
    expect(asOb.login.viewer.roles).toEqual(['OB']);
  });

  it('should return the OB operator to certified after a year of 50, with every change in the history [R10]', async () => {
    await registerCompleted(Role.Ob, daysOf(2031, 50));
    travelTo('2032-01-12');
    expect(await renew(2031)).toMatchObject({ outcome: 'RETURNS_CERTIFIED', completedRegistrations: 50 });
    expect(await publicIds()).toContain(operatorId);
    const me = await ok(ME, { token: await signIn(operatorId, password) });
    expect(me.viewer!.roles).toEqual(['OPERATOR']);
    expect(me.viewer!.operator!.statusHistory).toEqual([
      { from: 'APPLICANT', to: 'ASSOCIATE', effectiveOn: '2027-01-11', rule: 'R11' },
      { from: 'ASSOCIATE', to: 'CERTIFIED', effectiveOn: '2027-11-02', rule: 'R11' },
      { from: 'CERTIFIED', to: 'OB', effectiveOn: '2031-01-10', rule: 'R10' },
      { from: 'OB', to: 'CERTIFIED', effectiveOn: '2032-01-12', rule: 'R10' },
    ]);
  });
});
