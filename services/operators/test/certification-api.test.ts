import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@registry/auth';
import { systemCalendar } from '@registry/calendar';
import { auditLog, operatorStatusHistory } from '../src/db/schema.ts';
import { graphql } from './gql/index.ts';
import { codeOf, completeCases, footprint, ruleOf, startOperators, viewers, type Harness } from './kit.ts';

const today = () => systemCalendar.today();

const FILE = graphql(`mutation CertFile($input: ApplicationInput!) { fileApplication(input: $input) { id status applicantName facility { id } recommendations { recommender { id } } } }`);
const RECOMMEND = graphql(`mutation CertRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: "Skilled and careful; I have seen fifty of her cases.") { id } }`);
const APPROVE = graphql(`mutation CertApprove($id: ID!) { approveApplication(applicationId: $id, reason: "Two certified recommendations; experience verified") {
  initialPassword operator { id name status statusSince facility { id } } application { status decidedOn operator { id } recommendations { recommender { id } } } } }`);
const REJECT = graphql(`mutation CertReject($id: ID!) { rejectApplication(applicationId: $id, reason: "Experience could not be verified") { status decisionReason } }`);
const LOGIN = graphql(`mutation CertLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }`);
const CHANGE = graphql(`mutation CertChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }`);
const REQUEST = graphql(`mutation CertRequest { requestCertificationReview { id status completedRegistrations windowFrom windowTo } }`);
const DECIDE = graphql(`mutation CertDecide($id: ID!, $d: ReviewDecision!) { decideCertificationReview(reviewId: $id, decision: $d, reason: "Reviewed by the committee") { status decidedOn operator { id status } } }`);
const HISTORY = graphql(`query CertHistory($id: ID!) { operator(id: $id) { status statusHistory { from to effectiveOn rule reason decidedBy { name } } } }`);
const PENDING_REVIEWS = graphql(`query CertPendingReviews { certificationReviews(status: PENDING) { id operator { id } } }`);
const PUBLIC_LIST = graphql(`query CertPublicList { certifiedOperators { id name facility { name location } } certifiedOperatorsUpdatedOn }`);

describe('certification through the operators API', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;
  let newOperatorId: string;
  let newAccountId: string;

  const file = async (input: { applicantName: string; facilityId: string; ctoExperience: number; recommenderIds?: string[] }) => {
    const res = await h.as(v.anonymous, FILE, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.fileApplication;
  };

  beforeAll(async () => {
    const started = await startOperators();
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(() => h.stop());

  describe('application → associate', () => {
    let applicationId: string;

    beforeAll(async () => {
      applicationId = (await file({ applicantName: 'Sora Aoki', facilityId: 'F002', ctoExperience: 320 })).id;
    });

    it('should let anyone file an application from the homepage, without a token [R11]', async () => {
      const res = await h.as(v.anonymous, FILE, { input: { applicantName: 'Mio Hara', facilityId: 'F004', ctoExperience: 400 } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.fileApplication).toMatchObject({ status: 'PENDING', applicantName: 'Mio Hara', facility: { id: 'F004' }, recommendations: [] });
    });

    it('should refuse an application declaring fewer than 300 CTO cases, writing nothing [R50a]', async () => {
      const before = await footprint(h);
      const res = await h.as(v.anonymous, FILE, { input: { applicantName: 'Ken Oda', facilityId: 'F004', ctoExperience: 299 } });
      expect(ruleOf(res)).toBe('R50a');
      expect(await footprint(h)).toEqual(before);
    });

    it('should refuse a recommendation from anyone but a certified operator as FORBIDDEN, writing nothing [R11]', async () => {
      const before = await footprint(h);
      expect(codeOf(await h.as(v.associate7, RECOMMEND, { id: applicationId }))).toBe('FORBIDDEN');
      expect(codeOf(await h.as(v.secretariat, RECOMMEND, { id: applicationId }))).toBe('FORBIDDEN');
      expect(codeOf(await h.as(v.associate7, RECOMMEND, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('FORBIDDEN');
      expect(await footprint(h)).toEqual(before);
    });

    it('should refuse a self-recommendation, writing nothing [R11]', async () => {
      const own = await file({ applicantName: 'Kenji Sato', facilityId: 'F003', ctoExperience: 900 });
      const before = await footprint(h);
      expect(ruleOf(await h.as(v.op3, RECOMMEND, { id: own.id }))).toBe('R11');
      expect(await footprint(h)).toEqual(before);
    });

    it('should refuse approval with fewer than two recommendations, writing nothing [R11]', async () => {
      expect((await h.as(v.op3, RECOMMEND, { id: applicationId })).errors).toBeUndefined();
      const before = await footprint(h);
      expect(ruleOf(await h.as(v.steering, APPROVE, { id: applicationId }))).toBe('R11');
      expect(await footprint(h)).toEqual(before);
    });

    it('should refuse a second recommendation by the same operator [R11]', async () => {
      expect(ruleOf(await h.as(v.op3, RECOMMEND, { id: applicationId }))).toBe('R11');
    });

    it('should refuse a decision by someone without STEERING, writing nothing [R37]', async () => {
      expect((await h.as(v.op4, RECOMMEND, { id: applicationId })).errors).toBeUndefined();
      const before = await footprint(h);
      expect(codeOf(await h.as(v.op3, APPROVE, { id: applicationId }))).toBe('FORBIDDEN');
      expect(codeOf(await h.as(v.secretariat, REJECT, { id: applicationId }))).toBe('FORBIDDEN');
      expect(await footprint(h)).toEqual(before);
    });

    it('should refuse a decision by a token claiming STEERING without a current term [R36][R37]', async () => {
      const claimed = v.operator('OP0003', 'F003', ['OPERATOR', 'STEERING']);
      expect(await h.as(claimed, APPROVE, { id: applicationId })).toMatchObject({ errors: [{ message: 'Only a sitting member of the steering committee may decide this', extensions: { code: 'FORBIDDEN' } }] });
    });

    it('should issue an operator ID and a one-time password when STEERING approves [R11]', async () => {
      const res = await h.as(v.steering, APPROVE, { id: applicationId });
      expect(res.errors).toBeUndefined();
      const approval = res.data!.approveApplication;
      newOperatorId = approval.operator.id;
      expect(newOperatorId).toBe('OP0010');
      expect(approval.operator).toMatchObject({ name: 'Sora Aoki', status: 'ASSOCIATE', statusSince: today(), facility: { id: 'F002' } });
      expect(approval.application).toMatchObject({ status: 'APPROVED', decidedOn: today(), operator: { id: 'OP0010' } });
      expect(approval.application.recommendations.map((r: any) => r.recommender.id)).toEqual(['OP0003', 'OP0004']);
      expect(approval.initialPassword).toMatch(/^[\w-]{16}$/);

      const first = await h.as(v.anonymous, LOGIN, { id: newOperatorId, pw: approval.initialPassword });
      expect(first.data!.login).toMatchObject({ mustChangePassword: true, viewer: { roles: [] } });
      newAccountId = decodeJwt(first.data!.login.token).sub!;
      const associate: Viewer = { accountId: newAccountId, operatorId: newOperatorId, roles: [] };
      const changed = await h.as(associate, CHANGE, { old: approval.initialPassword, new: 'a-new-long-password' });
      expect(changed.data!.changePassword).toEqual({ mustChangePassword: false, viewer: { roles: ['ASSOCIATE'] } });
      const again = await h.as(v.anonymous, LOGIN, { id: newOperatorId, pw: 'a-new-long-password' });
      expect(again.data!.login).toMatchObject({ mustChangePassword: false, viewer: { roles: ['ASSOCIATE'] } });
    });

    it('should refuse deciding an application twice [R11]', async () => {
      expect(ruleOf(await h.as(v.steering2, REJECT, { id: applicationId }))).toBe('R11');
    });

    it('should reject an application with a reason, issuing no operator ID [R11]', async () => {
      const other = await file({ applicantName: 'Rin Kudo', facilityId: 'F005', ctoExperience: 350 });
      const res = await h.as(v.steering2, REJECT, { id: other.id });
      expect(res.data!.rejectApplication).toEqual({ status: 'REJECTED', decisionReason: 'Experience could not be verified' });
    });

    it('should record APPLICANT → ASSOCIATE with date, decider, reason and rule, readable by the operator [R11]', async () => {
      const res = await h.as({ accountId: newAccountId, operatorId: newOperatorId, facilityId: 'F002', roles: ['ASSOCIATE'] }, HISTORY, { id: newOperatorId });
      expect(res.data!.operator!.statusHistory).toEqual([
        { from: 'APPLICANT', to: 'ASSOCIATE', effectiveOn: today(), rule: 'R11', reason: 'Two certified recommendations; experience verified', decidedBy: { name: 'Taro Yamada' } },
      ]);
    });

    it("should refuse another operator's history [R34]", async () => {
      const res = await h.as(v.op5, HISTORY, { id: newOperatorId });
      expect(res.data!.operator!.statusHistory).toBeNull();
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('associate → certified', () => {
    const associate = (): Viewer => ({ accountId: newAccountId, operatorId: newOperatorId, facilityId: 'F002', roles: ['ASSOCIATE'] });

    it('should refuse a review request under 50, writing nothing [R11]', async () => {
      await completeCases(h, newOperatorId, 49, today());
      const before = await footprint(h);
      expect(ruleOf(await h.as(associate(), REQUEST))).toBe('R11');
      expect(await footprint(h)).toEqual(before);
    });

    it('should accept a review request once 50 registrations completed within the year [R11]', async () => {
      await completeCases(h, newOperatorId, 1, today(), false);
      const res = await h.as(associate(), REQUEST);
      expect(res.data!.requestCertificationReview).toMatchObject({ status: 'PENDING', completedRegistrations: 50, windowFrom: today(), windowTo: today() });
    });

    it('should certify on STEERING approval and put the operator on the public list [R11][R12]', async () => {
      const review = (await h.as(v.steering, PENDING_REVIEWS)).data!.certificationReviews[0]!;
      expect(codeOf(await h.as(v.op3, DECIDE, { id: review.id, d: 'CERTIFY' }))).toBe('FORBIDDEN');
      const res = await h.as(v.steering, DECIDE, { id: review.id, d: 'CERTIFY' });
      expect(res.data!.decideCertificationReview).toMatchObject({ status: 'CERTIFIED', operator: { id: newOperatorId, status: 'CERTIFIED' } });
      const list = await h.as(v.anonymous, PUBLIC_LIST);
      expect(list.data!.certifiedOperators).toContainEqual({ id: newOperatorId, name: 'Sora Aoki', facility: { name: 'Minato Cardiovascular Center', location: 'Kita, Osaka' } });
      expect(list.data!.certifiedOperatorsUpdatedOn).toBe(today());
    });

    it('should keep an associate who falls short, allow a later request, then end the association [R11]', async () => {
      await completeCases(h, 'OP0008', 50, today());
      const first = await h.as(v.associate8, REQUEST);
      const stay = await h.as(v.steering, DECIDE, { id: first.data!.requestCertificationReview.id, d: 'STAY_ASSOCIATE' });
      expect(stay.data!.decideCertificationReview).toMatchObject({ status: 'STAYED', operator: { status: 'ASSOCIATE' } });
      const second = await h.as(v.associate8, REQUEST);
      expect(second.errors).toBeUndefined();
      const end = await h.as(v.steering, DECIDE, { id: second.data!.requestCertificationReview.id, d: 'END' });
      expect(end.data!.decideCertificationReview).toMatchObject({ status: 'ENDED', operator: { status: 'ENDED' } });
      const history = await h.as(v.secretariat, HISTORY, { id: 'OP0008' });
      expect(history.data!.operator!.statusHistory!.at(-1)).toMatchObject({ from: 'ASSOCIATE', to: 'ENDED', rule: 'R11' });
    });

    it('should audit every decision [T14.1]', async () => {
      const res = await queryRows<{ action: string }>(
        h.handle.db,
        sql`select distinct action from operators.audit_log where action in ('APPLICATION_APPROVED','APPLICATION_REJECTED','RECOMMENDATION_GIVEN','REVIEW_DECIDED','STATUS_CHANGED','PASSWORD_CHANGED') order by action`,
      );
      const rows = res.map((r) => r.action);
      expect(rows).toEqual(['APPLICATION_APPROVED', 'APPLICATION_REJECTED', 'PASSWORD_CHANGED', 'RECOMMENDATION_GIVEN', 'REVIEW_DECIDED', 'STATUS_CHANGED']);
    });

    it('should audit each status change by its decider at the instant of its history row, written in the same unit of work [T14.1][R11]', async () => {
      // The decided changes (the demo's seed writes its starting statuses without a decider).
      const history = (await h.handle.db.select().from(operatorStatusHistory).where(eq(operatorStatusHistory.operatorId, 'OP0008'))).filter((r) => r.decidedBy !== null);
      const audited = await h.handle.db.select().from(auditLog).where(and(eq(auditLog.action, 'STATUS_CHANGED'), eq(auditLog.subject, 'OP0008')));
      const byTime = (a: { at: string; to: string }, b: { at: string; to: string }) => a.at.localeCompare(b.at) || a.to.localeCompare(b.to);
      expect(history.length).toBeGreaterThan(0);
      expect(audited.map((a) => ({ by: a.actorAccountId, at: a.at.toISOString(), to: (a.detail as { to: string }).to })).sort(byTime)).toEqual(
        history.map((r) => ({ by: r.decidedBy, at: r.recordedAt.toISOString(), to: r.toStatus })).sort(byTime),
      );
    });
  });
});
