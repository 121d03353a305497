import { decodeJwt } from 'jose';
import { sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@registry/auth';
import { systemCalendar } from '@registry/calendar';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { codeOf, footprint, ruleOf, startOperators, travelTo, viewers, type Harness } from './kit.ts';
import { graphql } from './gql/index.ts';
import type { Role } from './gql/graphql.ts';

const today = () => systemCalendar.today();

const OPEN = graphql(`mutation AccountsApiOpen($input: StaffAccountInput!) { openStaffAccount(input: $input) { initialPassword account { id loginId name roles } } }`);
const LOGIN = graphql(`mutation AccountsApiLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }`);
const CHANGE = graphql(`mutation AccountsApiChange($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { mustChangePassword viewer { roles } } }`);
const TERM = graphql(`mutation AccountsApiTerm($login: String!, $from: Date!) { recordSteeringTerm(loginId: $login, startsOn: $from, resolution: "General meeting") { startsOn endsOn member { name } } }`);
const STAFF_ACCOUNTS = graphql(`query AccountsApiStaffAccounts { staffAccounts(first: 100) { loginId facility { id } lockedUntil } }`);
const COMMITTEE = graphql(`query AccountsApiCommittee { steeringCommittee { endsOn member { name } } }`);

/** Every staff role of DOMAIN.md "Who uses it"; operator roles follow from status, STEERING from terms. */
const STAFF_ROLES: Role[] = ['SITE_CONTACT', 'DATA_CENTER', 'SECRETARIAT', 'CORE_LAB_READER', 'CORE_LAB_SUPERVISOR', 'COMMITTEE_MEMBER', 'COMMITTEE_CHAIR', 'RESEARCHER', 'SPONSOR'];

describe('accounts and steering terms through the operators API', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;
  const rolesAtLogin = async (id: string, pw = DEMO_PASSWORD) => (await h.as(v.anonymous, LOGIN, { id, pw })).data!.login.viewer.roles;

  beforeAll(async () => {
    const started = await startOperators();
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(async () => {
    await h.stop();
    vi.useRealTimers();
  });

  it('should open a staff account for every role, with a password that must be changed at first login [R34][T14.1]', async () => {
    for (const role of STAFF_ROLES) {
      const loginId = `staff-${role.toLowerCase().replace(/_/g, '-')}`;
      const opened = await h.as(v.secretariat, OPEN, { input: { loginId, name: `Staff ${role}`, roles: [role], facilityId: role === 'SITE_CONTACT' ? 'F002' : null } });
      expect(opened.errors).toBeUndefined();
      const first = await h.as(v.anonymous, LOGIN, { id: loginId, pw: opened.data!.openStaffAccount.initialPassword });
      expect(first.data!.login).toMatchObject({ mustChangePassword: true, viewer: { roles: [] } });
      const self = { accountId: decodeJwt(first.data!.login.token).sub!, roles: [] };
      const changed = await h.as(self, CHANGE, { old: opened.data!.openStaffAccount.initialPassword, new: 'my-own-long-password' });
      expect(changed.data!.changePassword).toEqual({ mustChangePassword: false, viewer: { roles: [role] } });
    }
  });

  it('should answer PASSWORD_CHANGE_REQUIRED to a token that must change its password, for anything but changing it [R11]', async () => {
    const opened = await h.as(v.secretariat, OPEN, { input: { loginId: 'new-clerk', name: 'New Clerk', roles: ['SECRETARIAT'] } });
    const first = await h.as(v.anonymous, LOGIN, { id: 'new-clerk', pw: opened.data!.openStaffAccount.initialPassword });
    const claims = decodeJwt(first.data!.login.token);
    expect(claims).toMatchObject({ roles: [], pwc: true });
    const self = { accountId: claims.sub!, roles: [], mustChangePassword: true };
    expect(codeOf(await h.as(self, graphql(`query AccountsApiApplications { applications { id } }`)))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(codeOf(await h.as(self, graphql(`mutation AccountsApiRenewal { runAnnualRenewal(year: 2020) { year } }`)))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(codeOf(await h.as(self, graphql(`query AccountsApiCertified { certifiedOperators { id } }`)))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await h.as(self, graphql(`query AccountsApiViewer { viewer { loginId roles } }`))).data!.viewer).toEqual({ loginId: 'new-clerk', roles: [] });
    const CHANGE_FOR_TOKEN = graphql(`mutation AccountsApiChangeForToken($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { token mustChangePassword viewer { roles } } }`);
    const changed = await h.as(self, CHANGE_FOR_TOKEN, { old: opened.data!.openStaffAccount.initialPassword, new: 'quiet-harbour-lantern-93' });
    expect(changed.errors).toBeUndefined();
    expect(decodeJwt(changed.data!.changePassword.token)['pwc']).toBeUndefined();
  });

  it('should refuse derived roles, and account work by anyone but the secretariat, writing nothing [R34]', async () => {
    const before = await footprint(h);
    const steering = await h.as(v.secretariat, OPEN, { input: { loginId: 'sneaky', name: 'Sneaky', roles: ['STEERING'] } });
    expect(steering.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });
    expect(codeOf(await h.as(v.op3, OPEN, { input: { loginId: 'sneaky', name: 'Sneaky', roles: ['SPONSOR'] } }))).toBe('FORBIDDEN');
    expect(codeOf(await h.as(v.op3, graphql(`mutation AccountsApiRolesOfNobody { changeStaffRoles(loginId: "nobody-at-all", roles: [SPONSOR]) { loginId } }`)))).toBe('FORBIDDEN');
    expect(await footprint(h)).toEqual(before);
  });

  it('should answer FORBIDDEN to every operators mutation called by a role that may not call it, before looking anything up', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    const walk: [string, ReturnType<typeof viewers>[keyof ReturnType<typeof viewers>], string][] = [
      ['openStaffAccount', v.op3, 'mutation { openStaffAccount(input: { loginId: "x-clerk", name: "X", roles: [SPONSOR] }) { initialPassword } }'],
      ['changeStaffRoles', v.op3, 'mutation { changeStaffRoles(loginId: "nobody-here", roles: [SPONSOR]) { loginId } }'],
      ['unlockStaffAccount', v.dataCenter, 'mutation { unlockStaffAccount(loginId: "nobody-here") { loginId } }'],
      ['recommendApplication', v.secretariat, `mutation { recommendApplication(applicationId: "${none}", letter: "x") { id } }`],
      ['approveApplication', v.op3, `mutation { approveApplication(applicationId: "${none}", reason: "") { initialPassword } }`],
      ['rejectApplication', v.secretariat, `mutation { rejectApplication(applicationId: "${none}", reason: "") { id } }`],
      ['requestCertificationReview', v.op3, 'mutation { requestCertificationReview { id } }'],
      ['decideCertificationReview', v.secretariat, `mutation { decideCertificationReview(reviewId: "${none}", decision: CERTIFY, reason: "") { id } }`],
      ['registerFacility', v.op3, 'mutation { registerFacility(input: { name: "", prefecture: "", location: "" }) { id } }'],
      ['setMonitoringThresholds', v.secretariat, 'mutation { setMonitoringThresholds(input: { fromYear: 2026, minIndicationAppropriateRate: 200, maxComplicationRate: 1, minSuccessRate: 1 }) { fromYear } }'],
      ['issueWarning', v.secretariat, 'mutation { issueWarning(operatorId: "OP9999", year: 1900, reason: "") { id } }'],
      ['runAnnualRenewal', v.steering, 'mutation { runAnnualRenewal(year: 1) { year } }'],
      ['answerContinuationQuestion', v.secretariat, `mutation { answerContinuationQuestion(questionId: "${none}", answer: DECLINE) { answer } }`],
      ['revokeCertification', v.secretariat, 'mutation { revokeCertification(input: { operatorId: "OP9999", ground: EXCLUDED_UNFAVOURABLE_CASES, reason: "", decisionRecord: "" }) { id } }'],
      ['recordSteeringTerm', v.steering, 'mutation { recordSteeringTerm(loginId: "nobody-here", startsOn: "2026-04-01", resolution: "") { id } }'],
    ];
    const before = await footprint(h);
    const codes = Object.fromEntries(await Promise.all(walk.map(async ([name, viewer, q]) => [name, codeOf(await h.as(viewer as Viewer, q))] as const)));
    expect(codes).toEqual(Object.fromEntries(walk.map(([name]) => [name, 'FORBIDDEN'])));
    expect(await footprint(h)).toEqual(before);
  });

  it('should list the staff accounts by login ID, a page at a time, with facility and lock, for the secretariat only [R34][T14.1]', async () => {
    const LIST = graphql(`query AccountsApiList($after: String) { staffAccounts(first: 3, after: $after) { loginId name roles facility { id } mustChangePassword lockedUntil } }`);
    const first = await h.as(v.secretariat, LIST, {});
    expect(first.errors).toBeUndefined();
    const logins = first.data!.staffAccounts.map((a) => a.loginId);
    expect(logins).toEqual([...logins].sort());
    expect(logins).toHaveLength(3);
    const next = await h.as(v.secretariat, LIST, { after: logins[2] });
    expect(next.data!.staffAccounts[0]!.loginId > logins[2]!).toBe(true);
    const all = await h.as(v.secretariat, STAFF_ACCOUNTS);
    const ids = all.data!.staffAccounts.map((a) => a.loginId);
    expect(ids).toContain('site-f001');
    expect(ids.some((id) => /^OP\d+$/.test(id))).toBe(false);
    expect(all.data!.staffAccounts.find((a) => a.loginId === 'site-f001')!.facility).toEqual({ id: 'F001' });
    expect(codeOf(await h.as(v.dataCenter, LIST, {}))).toBe('FORBIDDEN');
    expect((await h.as(v.secretariat, graphql(`query AccountsApiTooMany { staffAccounts(first: 101) { loginId } }`))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('should unlock a locked staff account before its 15 minutes, audited, and refuse an operator\'s or an unknown one [R34][T14.1]', async () => {
    for (let i = 0; i < 5; i++) await h.as(v.anonymous, LOGIN, { id: 'researcher', pw: 'wrong-password' });
    const locked = (await h.as(v.secretariat, STAFF_ACCOUNTS)).data!.staffAccounts.find((a) => a.loginId === 'researcher')!;
    expect(Date.parse(locked.lockedUntil!)).toBeGreaterThan(Date.now());
    expect(codeOf(await h.as(v.anonymous, LOGIN, { id: 'researcher', pw: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
    const UNLOCK = graphql(`mutation AccountsApiUnlock($login: String!) { unlockStaffAccount(loginId: $login) { loginId lockedUntil } }`);
    const unlocked = await h.as(v.secretariat, UNLOCK, { login: 'researcher' });
    expect(unlocked.data!.unlockStaffAccount).toEqual({ loginId: 'researcher', lockedUntil: null });
    expect(await rolesAtLogin('researcher')).toEqual(['RESEARCHER']);
    const rows = await queryRows<{ detail: unknown }>(h.handle.db, sql`select detail from operators.audit_log where action = 'ACCOUNT_UNLOCKED'`);
    expect(rows.map((r) => r.detail)).toContainEqual({ lockedUntil: locked.lockedUntil });
    expect(codeOf(await h.as(v.secretariat, UNLOCK, { login: 'OP0003' }))).toBe('NOT_FOUND');
    expect(codeOf(await h.as(v.secretariat, UNLOCK, { login: 'nobody-at-all' }))).toBe('NOT_FOUND');
  });

  it('should change staff roles and audit the change [R34][T14.1]', async () => {
    const res = await h.as(v.secretariat, graphql(`mutation AccountsApiChangeRoles { changeStaffRoles(loginId: "expert-1", roles: [COMMITTEE_CHAIR]) { loginId roles } }`));
    expect(res.data!.changeStaffRoles).toEqual({ loginId: 'expert-1', roles: ['COMMITTEE_CHAIR'] });
    const details = (await queryRows<{ detail: unknown }>(h.handle.db, sql`select detail from operators.audit_log where action = 'ROLE_CHANGED'`)).map((r) => r.detail);
    expect(details).toContainEqual({ from: ['COMMITTEE_MEMBER'], to: ['COMMITTEE_CHAIR'] });
  });

  it('should refuse a wrong current password as BAD_USER_INPUT on currentPassword, and a short new one [T14.1]', async () => {
    const wrong = await h.as(v.op5, CHANGE, { old: 'not-it', new: 'quiet-harbour-lantern-93' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await h.as(v.op5, CHANGE, { old: DEMO_PASSWORD, new: 'short' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });

  it('should give STEERING only while a three-year term covers today [R36]', async () => {
    expect(await rolesAtLogin('OP0003')).not.toContain('STEERING');
    const past = await h.as(v.secretariat, TERM, { login: 'OP0003', from: '2020-01-01' });
    expect(past.data!.recordSteeringTerm).toEqual({ startsOn: '2020-01-01', endsOn: '2022-12-31', member: { name: 'Kenji Sato' } });
    expect(await rolesAtLogin('OP0003')).not.toContain('STEERING');
    await h.as(v.secretariat, TERM, { login: 'OP0003', from: today() });
    expect(await rolesAtLogin('OP0003')).toContain('STEERING');
    const payloads = (await queryRows<{ payload: unknown }>(h.handle.db, sql`select payload from bus.events where topic = 'operators' and type = 'SteeringTermsChanged.v1'`)).map((e) => e.payload);
    expect(payloads).toContainEqual({ accountId: v.op3.accountId, from: '2020-01-01', to: '2022-12-31' });
    const committee = await h.as(v.op4, COMMITTEE);
    expect(committee.data!.steeringCommittee.map((t) => t.member.name).sort()).toEqual(['Hanako Suzuki', 'Kenji Sato', 'Taro Yamada']);
  });

  it('should refuse an overlapping term, and a term recorded by anyone but the secretariat [R35][R36]', async () => {
    expect(ruleOf(await h.as(v.secretariat, TERM, { login: 'OP0003', from: '2021-06-01' }))).toBe('R36');
    expect(codeOf(await h.as(v.steering, TERM, { login: 'OP0004', from: today() }))).toBe('FORBIDDEN');
  });

  it('should drop STEERING by itself when the term has expired [R36]', async () => {
    expect(await rolesAtLogin('OP0001')).toContain('STEERING');
    const { endsOn } = (await h.as(v.op4, COMMITTEE)).data!.steeringCommittee.find((t) => t.member.name === 'Taro Yamada')!;
    travelTo(new Date(Date.parse(`${endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    expect(await rolesAtLogin('OP0001')).toEqual(['COMMITTEE_MEMBER', 'OPERATOR']);
    vi.useRealTimers();
  });
});
