import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { signSignatureAssertion, type Viewer } from '@registry/auth';
import { fixedCalendar } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../src/seed/fixtures.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import type { RegisterCaseInput, ReportAdverseEventInput } from './gql/graphql.ts';
import { announceDemoRoster } from './support/roster.ts';

const OP1: Viewer & { accountId: string } = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000001', operatorId: 'OP0001', facilityId: 'F001' };
const SITE_F001: Viewer = { roles: ['SITE_CONTACT'], accountId: '00000000-0000-4000-8000-000000000101', facilityId: 'F001' };
const DC: Viewer = { roles: ['DATA_CENTER'], accountId: '00000000-0000-4000-8000-000000000201' };
const SECRETARIAT: Viewer = { roles: ['SECRETARIAT'], accountId: '00000000-0000-4000-8000-000000000301' };

/** 08:30 on 2 December 2026 in Japan, still 1 December in UTC. */
const CALENDAR = fixedCalendar('2026-12-01T23:30:00Z');

const REGISTER = graphql(`mutation EdcRulesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }`);
const SAVE = graphql(`mutation EdcRulesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }`);
const FORM = graphql(`query EdcRulesForm($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { judgement { comment finalTimiFlow } signature { valid } } auditTrail { action field } } }`);
const DEVIATION = graphql(`mutation EdcRulesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }`);

describe('EDC rules on the case\'s own data [T5.3][T7.3][T9.5][T14.1][R19]', () => {
  let h: SubgraphHarness<CasesService>;
  const register = (o: Partial<Parameters<typeof exampleRegistration>[0]> & { patientCode: string }, extra: Partial<RegisterCaseInput> = {}) =>
    h.as(OP1, REGISTER, { input: { ...exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', procedureDate: '2025-06-02', ...o }), ...extra } });
  const registered = async (o: Parameters<typeof register>[0]) => {
    const res = await register(o);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.registerCase.registrationNumber;
  };

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: CALENDAR }));
    await announceDemoRoster(h.handle, h.service);
    await h.as(SECRETARIAT, graphql(`mutation EdcRulesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }`), {
      i: { facilityId: 'F001', ethicsApprovedOn: '2015-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' },
    });
  });
  afterAll(() => h.stop());

  describe('eligibility [T5.3]', () => {
    it('should compute adulthood from the birth date on the procedure date and refuse "adult: yes" for a child [T5.3]', async () => {
      const res = await register({ patientCode: 'E-1', birthDate: '2016-03-03', procedureDate: '2026-11-01' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T5.3', field: 'input.eligibility.inclusion.adult' });
      expect(res.errors?.[0]?.message).toContain('is 10');
    });

    it('should report every failed criterion with its field path [T5.3]', async () => {
      const res = await register(
        { patientCode: 'E-2', birthDate: '2016-03-03', procedureDate: '2026-11-01' },
        { eligibility: { inclusion: { timiZeroFlow: false, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true }, exclusion: { acuteCoronarySyndromeCulprit: true, declinedDataUse: false } } },
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T5.3', field: 'input.eligibility.inclusion.timiZeroFlow' });
      expect((res.errors?.[0]?.extensions?.['violations'] as { field: string }[]).map((v) => v.field)).toEqual([
        'input.eligibility.inclusion.timiZeroFlow',
        'input.eligibility.inclusion.adult',
        'input.eligibility.exclusion.acuteCoronarySyndromeCulprit',
      ]);
      expect(res.errors?.[0]?.extensions?.['violations']).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'T5.3', message: expect.any(String), fieldPath: ['input', 'eligibility', 'inclusion', 'adult'] })]));
    });
  });

  describe('one registration per procedure [T5.3][R13][R50b]', () => {
    it('should register a second CTO of the same patient (another vessel, or a re-try on a later day) [R13][R50b]', async () => {
      await registered({ patientCode: 'D-1', vessel: 'RCA', procedureDate: '2025-06-02' });
      expect((await register({ patientCode: 'D-1', vessel: 'LAD', procedureDate: '2025-06-02' })).errors).toBeUndefined();
      expect((await register({ patientCode: 'D-1', vessel: 'RCA', procedureDate: '2025-09-01' })).errors).toBeUndefined();
    });

    it('should refuse the same procedure twice, also when two registrations race, by the unique key [T5.3]', async () => {
      const again = await register({ patientCode: 'D-1', vessel: 'RCA', procedureDate: '2025-06-02' });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T5.3', field: 'input.patient.code' });
      const race = await Promise.all([1, 2].map(() => register({ patientCode: 'D-2', vessel: 'LCX', procedureDate: '2025-06-02' })));
      expect(race.filter((r) => !r.errors)).toHaveLength(1);
      expect(race.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T5.3' });
    });
  });

  describe('saves that neither lose nor invent data [T14.1]', () => {
    let n: string;
    beforeAll(async () => {
      n = await registered({ patientCode: 'F-1' });
      await h.as(OP1, SAVE, { input: { registrationNumber: n, ...EXAMPLE_FORM, judgement: { trueChronicTotalOcclusion: true, finalTimiFlow: 3, residualStenosisPercent: 10, comment: 'Septal collateral' } } });
      await h.as(OP1, graphql(`mutation EdcRulesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }`), { n });
      const assertion = await signSignatureAssertion({ accountId: OP1.accountId, registrationNumber: n, purpose: 'CASE_REPORT_FORM_SIGNATURE' }, h.keys.userPrivate!);
      const signed = await h.as(OP1, graphql(`mutation EdcRulesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }`), { i: { registrationNumber: n, meaning: 'APPROVED_AS_CORRECT', signatureAssertion: assertion } });
      expect(signed.errors).toBeUndefined();
    });

    it('should audit nothing and keep the signature when a re-save changes nothing but key order [T14.1]', async () => {
      const before = (await h.as(DC, FORM, { n })).data!.case!.auditTrail!.length;
      const reordered = { ...EXAMPLE_FORM.procedure, strategies: EXAMPLE_FORM.procedure.strategies.map((s) => ({ crossed: s.crossed, strategy: s.strategy })) };
      const res = await h.as(OP1, SAVE, { input: { registrationNumber: n, procedure: reordered } });
      expect(res.errors).toBeUndefined();
      const after = (await h.as(DC, FORM, { n })).data!.case!;
      expect(after.auditTrail).toHaveLength(before);
      expect(after.caseReportForm.signature!.valid).toBe(true);
    });

    it('should keep a saved field that a resent section leaves out, and clear it only when sent as null [T14.1]', async () => {
      const before = (await h.as(DC, FORM, { n })).data!.case!.auditTrail!.length;
      await h.as(OP1, SAVE, { input: { registrationNumber: n, reason: 'TIMI re-read', judgement: { trueChronicTotalOcclusion: true, finalTimiFlow: 2, residualStenosisPercent: 10 } } });
      const kept = (await h.as(DC, FORM, { n })).data!.case!;
      expect(kept.caseReportForm.judgement).toEqual({ comment: 'Septal collateral', finalTimiFlow: 2 });
      expect(kept.auditTrail!.slice(before).filter((e) => e.action === 'EDIT').map((e) => e.field)).toEqual(['judgement.finalTimiFlow']);
      await h.as(OP1, SAVE, { input: { registrationNumber: n, reason: 'Comment withdrawn', judgement: { trueChronicTotalOcclusion: true, finalTimiFlow: 2, residualStenosisPercent: 10, comment: null } } });
      expect((await h.as(DC, FORM, { n })).data!.case!.caseReportForm.judgement!.comment).toBeNull();
    });
  });

  describe('dates that cannot be [R19][T7.3][T9.5]', () => {
    let n: string;
    beforeAll(async () => {
      n = await registered({ patientCode: 'T-1', procedureDate: '2025-06-02' });
    });
    const followUp = (contactedOn: string) =>
      h.as(SITE_F001, graphql(`mutation EdcRulesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }`), { i: { registrationNumber: n, year: 1, contactedOn, vitalStatus: 'ALIVE', events: [] } });

    it('should refuse a year-1 follow-up contacted one month after the procedure, and one contacted in the future [R19]', async () => {
      expect((await followUp('2025-07-02')).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R19', field: 'input.contactedOn' });
      expect((await followUp('2026-12-03')).errors?.[0]?.extensions).toMatchObject({ field: 'input.contactedOn' });
      expect((await followUp('2026-06-01')).errors).toBeUndefined();
    });

    it('should refuse a malformed date (Date scalar) as BAD_USER_INPUT on its path, from a variable and a literal, and write nothing [T7.3]', async () => {
      const count = async () => {
        const [row] = await queryRows<{ n: number }>(h.handle.db, sql`select count(*)::int as n from cases.protocol_deviations`);
        return Number(row!.n);
      };
      const before = await count();
      const byVariable = await h.as(SITE_F001, DEVIATION, {
        i: { registrationNumber: n, occurredOn: '2025-06-31', description: 'Late form', reason: 'Delivery' },
      });
      const byLiteral = await h.as(
        SITE_F001,
        graphql(`mutation EdcRulesDeviationLiteral($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: "2025/06/30", description: "Late form", reason: "Delivery" }) { id } }`),
        { n },
      );
      for (const res of [byVariable, byLiteral]) {
        expect(res.data?.recordProtocolDeviation ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.occurredOn', fieldPath: ['input', 'occurredOn'], reason: 'NOT_A_DATE' });
      }
      expect(await count()).toBe(before);
      const wellFormed = await h.as(
        SITE_F001,
        graphql(`mutation EdcRulesDeviationWellFormed($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: "2025-06-30", description: "Late form", reason: "Delivery" }) { occurredOn recordedAt } }`),
        { n },
      );
      expect(wellFormed.data!.recordProtocolDeviation).toEqual({ occurredOn: '2025-06-30', recordedAt: '2026-12-01T23:30:00.000Z' });
      expect(await count()).toBe(before + 1);
    });

    it('should refuse a protocol deviation six years before the consent [T7.3]', async () => {
      const res = await h.as(SITE_F001, DEVIATION, {
        i: { registrationNumber: n, occurredOn: '2019-06-02', description: 'Old form', reason: 'Delivery' },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'T7.3', field: 'input.occurredOn' });
    });

    it('should require the date of an outcome once there is one, not before the onset [T9.5]', async () => {
      const ae: ReportAdverseEventInput = { registrationNumber: n, name: 'Hematoma', onsetOn: '2025-06-03', outcome: 'RECOVERED', otherTreatment: 'NONE', seriousnessCriteria: [], severity: 'MILD', causality: 'RELATED' };
      const REPORT = graphql(`mutation EdcRulesReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id outcomeOn } }`);
      expect((await h.as(SITE_F001, REPORT, { i: { ...ae, outcomeOn: null } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcomeOn' });
      expect((await h.as(SITE_F001, REPORT, { i: { ...ae, outcomeOn: '2025-06-01' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcomeOn' });
      expect((await h.as(SITE_F001, REPORT, { i: { ...ae, outcome: 'NOT_RECOVERED', outcomeOn: null } })).errors).toBeUndefined();
      expect((await h.as(SITE_F001, REPORT, { i: { ...ae, outcomeOn: '2025-06-10' } })).data!.reportAdverseEvent.outcomeOn).toBe('2025-06-10');
    });

    it('should show other facilities\' readers the month of the procedure only, its facility the day [R31]', async () => {
      const q = graphql(`query EdcRulesProcedureDate($n: RegistrationNumber!) { case(registrationNumber: $n) { procedureDate registeredOn } }`);
      const OP3: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000003', operatorId: 'OP0003', facilityId: 'F003' };
      expect((await h.as(OP3, q, { n })).data!.case).toEqual({ procedureDate: '2025-06', registeredOn: '2026-12' });
      expect((await h.as(OP1, q, { n })).data!.case).toEqual({ procedureDate: '2025-06-02', registeredOn: '2026-12-02' });
    });

    it('should take "today" in Japan: a procedure of this morning (JST) is not in the future, tomorrow\'s is [R14]', async () => {
      expect((await register({ patientCode: 'T-2', procedureDate: '2026-12-02' })).errors).toBeUndefined();
      expect((await register({ patientCode: 'T-3', procedureDate: '2026-12-03' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.procedureDate' });
    });
  });
});
