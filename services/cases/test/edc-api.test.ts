import { sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSignatureAssertion, signUserToken, type Viewer } from '@registry/auth';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../src/seed/fixtures.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import type { ReportAdverseEventInput, SaveCaseReportFormInput } from './gql/graphql.ts';
import { announceDemoRoster } from './support/roster.ts';

const op = (n: string, facilityId: string): Viewer & { accountId: string } => ({ roles: ['OPERATOR'], accountId: `00000000-0000-4000-8000-00000000${n}`, operatorId: `OP${n}`, facilityId });
const OP1 = op('0001', 'F001');
const OP3 = op('0003', 'F003');
const SITE_F001: Viewer = { roles: ['SITE_CONTACT'], accountId: '00000000-0000-4000-8000-000000000101', facilityId: 'F001' };
const DC: Viewer = { roles: ['DATA_CENTER'], accountId: '00000000-0000-4000-8000-000000000201' };
const SECRETARIAT: Viewer = { roles: ['SECRETARIAT'], accountId: '00000000-0000-4000-8000-000000000301' };
const STEERING: Viewer = { roles: ['STEERING', 'OPERATOR'], accountId: '00000000-0000-4000-8000-000000000401', operatorId: 'OP0002', facilityId: 'F002' };
const CORE_LAB: Viewer = { roles: ['CORE_LAB_READER'], accountId: '00000000-0000-4000-8000-000000000501' };

const REGISTER = graphql(`mutation EdcApiRegister($input: RegisterCaseInput!) { registerCase(input: $input) { verdict registrationNumber registeredOn case { status } } }`);
const SAVE = graphql(`mutation EdcApiSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { status caseReportForm { state scores { jcto { score category } progressCto castle } } } }`);
const RECORD_SERIES = graphql(`mutation EdcApiRecordSeries($n: RegistrationNumber!, $k: ImageSeriesKind!) { recordImageSeries(input: { registrationNumber: $n, kind: $k }) { status } }`);
const CASE = graphql(`query EdcApiCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber ageAtProcedure patientIdentification { code initials birthDate }
  consent { followUpConsented } auditTrail { seq action field oldValue newValue reason } } }`);

/** The registration through the GraphQL API, with variables as a client sends them. */
const registration = (patientCode: string, o: Partial<Parameters<typeof exampleRegistration>[0]> = {}) =>
  exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode, procedureDate: '2026-03-02', ...o });

describe('EDC through the cases subgraph API', () => {
  let h: SubgraphHarness<CasesService>;
  let caseA: string;

  const count = async (table: string) => {
    return (await queryRows<{ n: number }>(h.handle.db, sql.raw(`select count(*)::int as n from cases.${table}`)))[0]!.n;
  };

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, createCasesService);
    await announceDemoRoster(h.handle, h.service);
  });
  afterAll(() => h.stop());

  describe('site readiness [R17]', () => {
    it('should refuse a registration at a facility with no approval on record, writing nothing', async () => {
      const res = await h.as(OP1, REGISTER, { input: registration('P-1') });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.facilityId' });
      expect(await count('cases')).toBe(0);
    });

    it('should let only the secretariat record a facility\'s ethics approval and contract', async () => {
      const mutation = graphql(`mutation EdcApiSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { ethicsApprovedOn approvalNumber contractStatus readyToRegister } }`);
      const refused = await h.as(OP1, mutation, { i: { facilityId: 'F001', ethicsApprovedOn: '2025-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' } });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const pending = await h.as(SECRETARIAT, mutation, { i: { facilityId: 'F001', ethicsApprovedOn: '2025-01-10', approvalNumber: 'IRB-1', contractStatus: 'PENDING' } });
      expect(pending.data!.recordSiteApproval).toMatchObject({ contractStatus: 'PENDING', readyToRegister: false });
      const blocked = await h.as(OP1, REGISTER, { input: registration('P-1') });
      expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R17', field: 'input.facilityId' });
      const signed = await h.as(SECRETARIAT, mutation, { i: { facilityId: 'F001', ethicsApprovedOn: '2025-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' } });
      expect(signed.data!.recordSiteApproval.readyToRegister).toBe(true);
      await h.as(SECRETARIAT, mutation, { i: { facilityId: 'F003', ethicsApprovedOn: '2025-02-01', approvalNumber: 'IRB-3', contractStatus: 'NOT_REQUIRED' } });
    });

    it('should show a facility\'s readiness to the facility and staff, never to another facility or the core lab', async () => {
      const q = graphql(`query EdcApiFacilityReadiness { _entities(representations: [{ __typename: "Facility", id: "F001" }]) { ... on Facility { siteApproval { approvalNumber } } } }`);
      expect((await h.as(SITE_F001, q)).data!._entities[0]!.siteApproval!.approvalNumber).toBe('IRB-1');
      expect((await h.as(OP3, q)).data!._entities[0]!.siteApproval).toBeNull();
      const core = await h.as(CORE_LAB, q);
      expect(core.data!._entities).toEqual([null]);
      expect(core.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('registration [T5.3][R16][R30][R31]', () => {
    it('should register an eligible case and return the confirmation: verdict, number and date', async () => {
      const res = await h.as(SITE_F001, REGISTER, { input: registration('P-1') });
      expect(res.errors).toBeUndefined();
      expect(res.data!.registerCase).toMatchObject({ verdict: 'ELIGIBLE', registrationNumber: 'CTO-2026-00001', registeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), case: { status: 'REGISTERED' } });
      caseA = res.data!.registerCase.registrationNumber;
    });

    it.each([
      ['missing consent', { consent: null }, 'RULE_VIOLATION', 'input.consent'],
      ['an ineligible answer', { eligibility: { inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: false, nativeCoronaryArtery: true, adult: true }, exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false } } }, 'RULE_VIOLATION', 'input.eligibility.inclusion.occlusionAtLeastThreeMonths'],
      ['an exclusion that applies', { eligibility: { inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true }, exclusion: { acuteCoronarySyndromeCulprit: true, declinedDataUse: false } } }, 'RULE_VIOLATION', 'input.eligibility.exclusion.acuteCoronarySyndromeCulprit'],
      ['a procedure date in the future', { procedureDate: '2999-01-01' }, 'BAD_USER_INPUT', 'input.procedureDate'],
      ['a procedure date before birth', { procedureDate: '1950-01-01' }, 'BAD_USER_INPUT', 'input.procedureDate'],
      ['follow-up consent for an overseas case', { domestic: false, consent: { obtainedOn: '2026-03-02', followUpConsented: true, imagePublicationConsented: false } }, 'RULE_VIOLATION', 'input.consent.followUpConsented'],
      ['an unknown facility', { facilityId: 'F009' }, 'BAD_USER_INPUT', 'input.facilityId'],
    ])('should refuse %s with a code and the field path, writing nothing', async (_, change, code, field) => {
      const viewer = 'facilityId' in change ? { ...SITE_F001, facilityId: 'F009' } : SITE_F001;
      const before = await count('cases');
      const res = await h.as(viewer, REGISTER, { input: { ...registration('P-NEW'), ...change } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await count('cases')).toBe(before);
      expect(await count('audit_entries')).toBe(1);
    });

    it('should refuse the same procedure twice: patient, procedure date and vessel [T5.3]', async () => {
      const res = await h.as(OP1, REGISTER, { input: registration('P-1') });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T5.3', field: 'input.patient.code' });
    });
  });

  describe('visibility of the patient [R21a][R30][R33]', () => {
    it('should show the patient code, initials and birth date to the facility and the data center only', async () => {
      for (const viewer of [OP1, SITE_F001, DC]) {
        const res = await h.as(viewer, CASE, { n: caseA });
        expect(res.data!.case!.patientIdentification).toEqual({ code: 'P-1', initials: 'T.Y.', birthDate: '1952-05-17' });
      }
    });

    it('should give other operators and the steering committee the registration number only', async () => {
      for (const viewer of [OP3, STEERING]) {
        const res = await h.as(viewer, CASE, { n: caseA });
        expect(res.data!.case!.registrationNumber).toBe(caseA);
        expect(res.data!.case!.patientIdentification).toBeNull();
        expect(res.data!.case!.auditTrail).toBeNull();
        expect(JSON.stringify(res)).not.toContain('P-1');
        expect(JSON.stringify(res)).not.toContain('T.Y.');
      }
    });

    it('should never give the core lab a case, let alone its patient [R25][R33]', async () => {
      const res = await h.as(CORE_LAB, CASE, { n: caseA });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('P-1');
      expect(JSON.stringify(res)).not.toContain('T.Y.');
    });
  });

  describe('case report form and audit trail [T14.1]', () => {
    it('should compute J-CTO, PROGRESS-CTO and CASTLE from the items', async () => {
      const res = await h.as(OP1, SAVE, { input: { registrationNumber: caseA, ...EXAMPLE_FORM } });
      expect(res.errors).toBeUndefined();
      // blunt stump + calcification + length ≥ 20 mm; tortuosity; stump + length (age 73 → +1)
      expect(res.data!.saveCaseReportForm.caseReportForm.scores).toEqual({ jcto: { score: 3, category: 'VERY_DIFFICULT' }, progressCto: 1, castle: 3 });
    });

    it.each<[string, Omit<SaveCaseReportFormInput, 'registrationNumber' | 'background'>, string]>([
      ['negative contrast', { procedure: { ...EXAMPLE_FORM.procedure, contrastVolumeMl: -5 } }, 'input.procedure.contrastVolumeMl'],
      ['a strategy after the crossing', { procedure: { ...EXAMPLE_FORM.procedure, strategies: [{ strategy: 'RETROGRADE', crossed: true }, { strategy: 'ANTEGRADE_WIRE_ESCALATION', crossed: false }] } }, 'input.procedure.strategies.1'],
      ['procedural success without technical success', { outcome: { ...EXAMPLE_FORM.outcome, technicalSuccess: false } }, 'input.outcome.proceduralSuccess'],
      ['a segment out of range', { lesion: { ...EXAMPLE_FORM.lesion, segment: 16 } }, 'input.lesion.segment'],
    ])('should refuse %s with its field path, changing nothing', async (_, change, field) => {
      const before = await count('audit_entries');
      const res = await h.as(OP1, SAVE, { input: { registrationNumber: caseA, background: EXAMPLE_FORM.background, ...change } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('audit_entries')).toBe(before);
    });

    it('should record every changed field with old value, new value, who and when', async () => {
      await h.as(OP1, SAVE, { input: { registrationNumber: caseA, procedure: { ...EXAMPLE_FORM.procedure, contrastVolumeMl: 240 } } });
      const trail = (await h.as(DC, CASE, { n: caseA })).data!.case!.auditTrail!;
      expect(trail[0]).toMatchObject({ seq: 1, action: 'REGISTER' });
      expect(trail.at(-1)).toMatchObject({ action: 'EDIT', field: 'procedure.contrastVolumeMl', oldValue: '220', newValue: '240', reason: null });
      expect(JSON.stringify(trail)).not.toContain('P-1');
    });

    it('should require a reason for a change after submission, and keep it', async () => {
      const submit = await h.as(SITE_F001, graphql(`mutation EdcApiSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { caseReportForm { state } } }`), { n: caseA });
      expect(submit.data!.submitCaseReportForm.caseReportForm.state).toBe('SUBMITTED');
      const before = await count('audit_entries');
      const refused = await h.as(OP1, SAVE, { input: { registrationNumber: caseA, procedure: { ...EXAMPLE_FORM.procedure, contrastVolumeMl: 250 } } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      expect(await count('audit_entries')).toBe(before);
      await h.as(OP1, SAVE, { input: { registrationNumber: caseA, reason: 'Transcription error', procedure: { ...EXAMPLE_FORM.procedure, contrastVolumeMl: 250 } } });
      const trail = (await h.as(DC, CASE, { n: caseA })).data!.case!.auditTrail!;
      expect(trail.at(-1)).toMatchObject({ field: 'procedure.contrastVolumeMl', oldValue: '240', newValue: '250', reason: 'Transcription error' });
    });

    it('should refuse to change an audit row, and find a tampered one at exactly that row [T14.1]', async () => {
      const verify = graphql(`query EdcApiVerifyTrail($n: RegistrationNumber!) { verifyAuditTrail(registrationNumber: $n) { intact checkedEntries firstAlteredSeq } }`);
      expect((await h.as(DC, verify, { n: caseA })).data!.verifyAuditTrail).toMatchObject({ intact: true, firstAlteredSeq: null });
      await expect(h.handle.db.execute(sql`update cases.audit_entries set new_value = '999' where registration_number = ${caseA} and seq = 3`)).rejects.toThrow();
      // A privileged tamperer who disables the append-only trigger is still caught by the chain.
      await h.handle.db.execute(sql`alter table cases.audit_entries disable trigger audit_entries_append_only`);
      await h.handle.db.execute(sql`update cases.audit_entries set new_value = '999' where registration_number = ${caseA} and seq = 3`);
      await h.handle.db.execute(sql`alter table cases.audit_entries enable trigger audit_entries_append_only`);
      expect((await h.as(DC, verify, { n: caseA })).data!.verifyAuditTrail).toMatchObject({ intact: false, firstAlteredSeq: 3 });
      expect((await h.as(OP3, verify, { n: caseA })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('e-signature [T14.1]', () => {
    const SIGN = graphql(`mutation EdcApiSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { caseReportForm { signature { signer { id } operator { id } meaning valid signedAt } } } }`);
    /** What `reauthenticateForSignature` answers once the operators subgraph has checked the password. */
    const assertion = (accountId: string, registrationNumber = caseA) =>
      signSignatureAssertion({ accountId, registrationNumber, purpose: 'CASE_REPORT_FORM_SIGNATURE' }, h.keys.userPrivate!);
    const sign = async (viewer: Viewer & { accountId: string }, token?: string) =>
      h.as(viewer, SIGN, { i: { registrationNumber: caseA, meaning: 'APPROVED_AS_CORRECT', signatureAssertion: token ?? (await assertion(viewer.accountId)) } });

    it('should refuse a session token, even a fresh one, as the signature\'s re-authentication [T14.1]', async () => {
      const session = await signUserToken(OP1, h.keys.userPrivate!);
      expect((await sign(OP1, session)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signatureAssertion' });
      expect((await sign(OP1, 'not-a-token')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signatureAssertion' });
      expect(await count('signatures')).toBe(0);
    });

    it('should refuse another account\'s assertion, and one made for another case [T14.1]', async () => {
      expect((await sign(OP1, await assertion(OP3.accountId))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signatureAssertion' });
      expect((await sign(OP1, await assertion(OP1.accountId, 'CTO-2026-00999'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signatureAssertion' });
      expect((await sign(SITE_F001 as typeof OP1)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await count('signatures')).toBe(0);
    });

    it('should sign with name, time and meaning; an assertion signs once; a later change voids it [T14.1]', async () => {
      const token = await assertion(OP1.accountId);
      const res = await sign(OP1, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.signCaseReportForm.caseReportForm.signature).toMatchObject({ signer: { id: OP1.accountId }, operator: { id: 'OP0001' }, meaning: 'APPROVED_AS_CORRECT', valid: true });
      await h.as(OP1, SAVE, { input: { registrationNumber: caseA, reason: 'Late correction', judgement: { trueChronicTotalOcclusion: true, finalTimiFlow: 3, residualStenosisPercent: 10 } } });
      const after = await h.as(OP1, graphql(`query EdcApiSignatureAfterChange($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { signature { valid voidedAt } } auditTrail { action } } }`), { n: caseA });
      expect(after.data!.case!.caseReportForm.signature).toMatchObject({ valid: false, voidedAt: expect.any(String) });
      expect(after.data!.case!.auditTrail!.map((e) => e.action)).toEqual(expect.arrayContaining(['SUBMIT', 'SIGN', 'SIGNATURE_VOIDED']));
      expect((await sign(OP1, token)).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T14.1', field: 'input.signatureAssertion' });
      expect((await sign(OP1)).data!.signCaseReportForm.caseReportForm.signature!.valid).toBe(true);
    });
  });

  describe('queries [T14.1]', () => {
    const OPEN_IDS = graphql(`query EdcApiOpenQueryIds { openDataQueries(facilityId: "F001") { id } }`);

    it('should let the data center raise, the site answer, and the data center re-open and close a query', async () => {
      const raised = await h.as(DC, graphql(`mutation EdcApiRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id status } }`), { i: { registrationNumber: caseA, field: 'procedure.contrastVolumeMl', question: 'Please confirm the contrast volume' } });
      const id = raised.data!.raiseDataQuery.id;
      expect((await h.as(OP3, OPEN_IDS)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect((await h.as(SITE_F001, graphql(`query EdcApiOpenQueries { openDataQueries(facilityId: "F001") { id status field } }`))).data!.openDataQueries).toEqual([{ id, status: 'OPEN', field: 'procedure.contrastVolumeMl' }]);
      const answered = await h.as(SITE_F001, graphql(`mutation EdcApiAnswerQuery($id: ID!) { answerDataQuery(id: $id, answer: "250 ml is correct") { status answer } }`), { id });
      expect(answered.data!.answerDataQuery).toEqual({ status: 'ANSWERED', answer: '250 ml is correct' });
      expect((await h.as(DC, graphql(`mutation EdcApiReopenQuery($id: ID!) { reopenDataQuery(id: $id, reason: "Source shows 260") { status } }`), { id })).data!.reopenDataQuery.status).toBe('OPEN');
      await h.as(SITE_F001, graphql(`mutation EdcApiAnswerQueryAgain($id: ID!) { answerDataQuery(id: $id, answer: "Corrected source: 250") { status } }`), { id });
      expect((await h.as(DC, graphql(`mutation EdcApiCloseQuery($id: ID!) { closeDataQuery(id: $id) { status } }`), { id })).data!.closeDataQuery.status).toBe('CLOSED');
      expect((await h.as(DC, OPEN_IDS)).data!.openDataQueries).toEqual([]);
    });

    it('should refuse a query on something that is not a form field', async () => {
      const res = await h.as(DC, graphql(`mutation EdcApiRaiseQueryOnPatient($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }`), { i: { registrationNumber: caseA, field: 'patient.code', question: 'x' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.field' });
    });
  });

  describe('completion and reminders [R18]', () => {
    it('should list what each case still owes, and complete when the last series arrives', async () => {
      const reminders = await h.as(OP1, graphql(`query EdcApiReminders { completionReminders { case { registrationNumber } missingSections missingImageSeries } }`));
      expect(reminders.data!.completionReminders).toEqual([{ case: { registrationNumber: caseA }, missingSections: [], missingImageSeries: ['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO', 'IVUS'] }]);
      await h.as(DC, RECORD_SERIES, { n: caseA, k: 'PRE_PROCEDURE_ANGIO' });
      await h.as(DC, RECORD_SERIES, { n: caseA, k: 'CTO_PCI_ANGIO' });
      expect((await h.as(DC, RECORD_SERIES, { n: caseA, k: 'IVUS' })).data!.recordImageSeries.status).toBe('COMPLETE');
      expect((await h.as(OP1, graphql(`query EdcApiRemindersLeft { completionReminders { case { registrationNumber } } }`))).data!.completionReminders).toEqual([]);
      const completed = (await h.bus.read('cases', 0, 100)).filter((e) => e.type === 'RegistrationCompleted.v1');
      expect(completed.map((e) => (e.payload as { registrationNumber: string }).registrationNumber)).toEqual([caseA]);
    });
  });

  describe('follow-up [R19]', () => {
    it('should schedule a domestic case with consent for years 1–5 and list it due in its window', async () => {
      const due = await h.as(DC, graphql(`query EdcApiFollowUpsDue { followUpsDue(asOf: "2027-03-20") { case { registrationNumber } year dueOn state } }`));
      expect(due.data!.followUpsDue).toEqual([{ case: { registrationNumber: caseA }, year: 1, dueOn: '2027-03-02', state: 'DUE' }]);
      const overdue = await h.as(DC, graphql(`query EdcApiFollowUpsOverdue { followUpsDue(asOf: "2027-07-01") { year state } }`));
      expect(overdue.data!.followUpsDue).toEqual([{ year: 1, state: 'OVERDUE' }]);
    });

    it('should list a case once, for the one year it can still record, until the day before the next window opens [R19][15.1]', async () => {
      const DUE = graphql(`query EdcApiFollowUpsOn($d: String!) { followUpsDue(asOf: $d) { case { registrationNumber } year state } }`);
      const on = async (d: string) => (await h.as(DC, DUE, { d })).data!.followUpsDue;
      expect(await on('2026-12-31')).toEqual([]);
      expect(await on('2027-01-01')).toEqual([{ case: { registrationNumber: caseA }, year: 1, state: 'DUE' }]);
      // Year 1's contact may be recorded up to 2028-01-01; on the 2nd, year 2's window opens.
      expect(await on('2028-01-01')).toEqual([{ case: { registrationNumber: caseA }, year: 1, state: 'OVERDUE' }]);
      expect(await on('2028-01-02')).toEqual([{ case: { registrationNumber: caseA }, year: 2, state: 'DUE' }]);
      expect(await on('2032-01-01')).toEqual([{ case: { registrationNumber: caseA }, year: 5, state: 'OVERDUE' }]);
      expect(await on('2032-01-02')).toEqual([]);
      const refused = await h.as(DC, graphql(`query EdcApiFollowUpsTooMany { followUpsDue(first: 101) { year } }`));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('should have no follow-up for an overseas case', async () => {
      const res = await h.as(OP1, REGISTER, { input: registration('P-OS', { domestic: false }) });
      const n = res.data!.registerCase.registrationNumber;
      expect((await h.as(OP1, graphql(`query EdcApiCaseFollowUps($n: RegistrationNumber!) { case(registrationNumber: $n) { followUps { year } } }`), { n })).data!.case!.followUps).toEqual([]);
    });
  });

  describe('withdrawal, deviations and adverse events [T7.3][T8][T9.5][T9.6]', () => {
    const ALERTS = graphql(`query EdcApiSafetyAlerts { safetyAlerts { registrationNumber } }`);
    const REPORT = graphql(`mutation EdcApiReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id serious } }`);
    const ae: ReportAdverseEventInput = { registrationNumber: '', name: 'Access-site hematoma', onsetOn: '2026-03-03', outcomeOn: '2026-03-10', outcome: 'RECOVERED', otherTreatment: 'NONE', seriousnessCriteria: [], severity: 'MILD', causality: 'RELATED' };

    it('should record a non-serious adverse event without alerting anyone', async () => {
      const res = await h.as(SITE_F001, REPORT, { i: { ...ae, registrationNumber: caseA } });
      expect(res.data!.reportAdverseEvent.serious).toBe(false);
      expect((await h.as(DC, ALERTS)).data!.safetyAlerts).toEqual([]);
    });

    it('should alert the data center and secretariat at once of a serious adverse event', async () => {
      const res = await h.as(OP1, REPORT, { i: { ...ae, registrationNumber: caseA, name: 'Coronary perforation', seriousnessCriteria: ['HOSPITALIZATION'], severity: 'SEVERE', outcome: 'IMPROVED' } });
      expect(res.data!.reportAdverseEvent.serious).toBe(true);
      for (const viewer of [DC, SECRETARIAT]) {
        const alerts = await h.as(viewer, graphql(`query EdcApiSafetyAlertDetails { safetyAlerts { registrationNumber cursor adverseEvent { name severity } } }`));
        expect(alerts.data!.safetyAlerts).toEqual([{ registrationNumber: caseA, cursor: '1', adverseEvent: { name: 'Coronary perforation', severity: 'SEVERE' } }]);
      }
      expect((await h.as(OP3, ALERTS)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('should refuse an outcome before the onset, writing nothing', async () => {
      const before = await count('adverse_events');
      const res = await h.as(OP1, REPORT, { i: { ...ae, registrationNumber: caseA, outcomeOn: '2026-03-01' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcomeOn' });
      expect(await count('adverse_events')).toBe(before);
    });

    it('should record a deviation and a withdrawal with date and reason; follow-up stops', async () => {
      const dev = await h.as(SITE_F001, graphql(`mutation EdcApiDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { occurredOn reason } }`), { i: { registrationNumber: caseA, occurredOn: '2026-03-05', description: 'Consent form version 2 used', reason: 'Version 3 not yet delivered' } });
      expect(dev.data!.recordProtocolDeviation).toEqual({ occurredOn: '2026-03-05', reason: 'Version 3 not yet delivered' });
      const w = await h.as(SITE_F001, graphql(`mutation EdcApiWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { consent { withdrawnOn withdrawalReason } followUps { year } } }`), { i: { registrationNumber: caseA, withdrawnOn: '2026-06-01', reason: 'Patient request' } });
      expect(w.data!.withdrawConsent).toEqual({ consent: { withdrawnOn: '2026-06-01', withdrawalReason: 'Patient request' }, followUps: [] });
    });
  });
});
