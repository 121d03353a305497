import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const CASE = graphql(`query EdcCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber operator { name } facility { name siteApproval { approvalNumber } }
  patientIdentification { code initials } } }`);

describe('the EDC through the gateway', () => {
  let t: TestRegistry;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestRegistry();
    for (const id of ['OP0001', 'OP0003', 'site-f001', 'datacenter', 'secretariat', 'corelab-reader-1']) token[id] = await t.login(id);
  });
  afterAll(() => t.stop());

  it('should give the patient code and initials to the facility and the data center only [R30][R33]', async () => {
    for (const who of ['OP0001', 'site-f001', 'datacenter']) {
      const res = await t.gql(CASE, { token: token[who], variables: { n: 'CTO-2026-00001' } });
      expect(res.data!.case!.patientIdentification).toEqual({ code: 'F001-P1000', initials: 'A.K.' });
    }
    const other = await t.gql(CASE, { token: token['OP0003'], variables: { n: 'CTO-2026-00001' } });
    expect(other.data!.case).toMatchObject({ registrationNumber: 'CTO-2026-00001', operator: { name: 'Taro Yamada' }, facility: { name: 'Sakura Heart Hospital', siteApproval: null }, patientIdentification: null });
    expect(JSON.stringify(other)).not.toContain('F001-P1000');
  });

  it('should never give a core-lab viewer the patient code or initials, whichever path [R25][R33]', async () => {
    const direct = await t.gql(CASE, { token: token['corelab-reader-1'], variables: { n: 'CTO-2026-00001' } });
    expect(direct.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const library = await t.gql(graphql(`query EdcCoreLabLibrary { caseLibrary(first: 100) { nodes { patientIdentification { code initials } } } }`), { token: token['corelab-reader-1'] });
    expect(library.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    for (const res of [direct, library]) {
      expect(JSON.stringify(res)).not.toContain('F001-P1000');
      expect(JSON.stringify(res)).not.toContain('A.K.');
    }
  });

  it('should sign only with the password entered for the signature, never a session; a wrong password signs nothing [T14.1]', async () => {
    const submitted = await t.gql(graphql(`mutation EdcSubmit { submitCaseReportForm(registrationNumber: "CTO-2026-00001") { caseReportForm { state } } }`), { token: token['site-f001'] });
    expect(submitted.data!.submitCaseReportForm.caseReportForm.state).toBe('SUBMITTED');
    const REAUTH = graphql(`mutation EdcReauthenticate($pw: String!) { reauthenticateForSignature(password: $pw, registrationNumber: "CTO-2026-00001") { assertion expiresAt } }`);
    const SIGN = graphql(`mutation EdcSign($t: String!) { signCaseReportForm(input: { registrationNumber: "CTO-2026-00001", meaning: APPROVED_AS_CORRECT, signatureAssertion: $t }) {
        caseReportForm { signature { signer { name } operator { name } meaning valid signedAt } } } }`);
    const wrong = await t.gql(REAUTH, { token: token['OP0001'], variables: { pw: 'wrong-password' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    // A fresh login is a session, not a signature: 21 CFR 11.200 wants the password entered for this act.
    const fresh = await t.login('OP0001');
    expect((await t.gql(SIGN, { token: token['OP0001'], variables: { t: fresh } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signatureAssertion' });
    const unsigned = await t.gql(graphql(`query EdcUnsigned { case(registrationNumber: "CTO-2026-00001") { caseReportForm { signature { valid } } } }`), { token: token['OP0001'] });
    expect(unsigned.data!.case!.caseReportForm!.signature).toBeNull();

    const { assertion } = (await t.gql(REAUTH, { token: token['OP0001'], variables: { pw: 'demo-password' } })).data!.reauthenticateForSignature;
    // The assertion is no session: the gateway refuses it as a bearer token.
    expect((await t.gql(graphql(`query EdcAssertionAsSession { viewer { name } }`), { token: assertion })).status).toBe(401);
    const signed = await t.gql(SIGN, { token: token['OP0001'], variables: { t: assertion } });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signCaseReportForm.caseReportForm!.signature).toMatchObject({ signer: { name: 'Taro Yamada' }, operator: { name: 'Taro Yamada' }, meaning: 'APPROVED_AS_CORRECT', valid: true });
  });

  it('should alert the data center live of a serious adverse event, replaying from a cursor [T9.6]', async () => {
    // `collect` posts the document's text; the answer is typed by the generated subscription type.
    const SERIOUS_EVENTS = graphql(`subscription EdcSeriousAdverseEvents { seriousAdverseEventReported(after: "0") { registrationNumber cursor adverseEvent { name serious } } }`);
    const live = collect(t.ws(token['datacenter']), SERIOUS_EVENTS);
    const reported = await t.gql(
      graphql(`mutation EdcSeriousEvent { reportAdverseEvent(input: { registrationNumber: "CTO-2026-00001", name: "Cardiac tamponade", onsetOn: "2026-01-10", outcome: IMPROVED, outcomeOn: "2026-01-20",
        otherTreatment: OTHER, seriousnessCriteria: [LIFE_THREATENING], severity: SEVERE, causality: RELATED }) { serious } }`),
      { token: token['site-f001'] },
    );
    expect(reported.data!.reportAdverseEvent.serious).toBe(true);
    const [event] = await live.take(1);
    expect(event!.data!.seriousAdverseEventReported).toEqual({ registrationNumber: 'CTO-2026-00001', cursor: '1', adverseEvent: { name: 'Cardiac tamponade', serious: true } });
    live.dispose();
  });

  it('should refuse a malformed Date through the gateway as BAD_USER_INPUT on its path and write nothing; dates and instants keep their wire format [T9.5][T9.6]', async () => {
    const EVENTS = graphql(`query EdcAdverseEvents($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name onsetOn outcomeOn recordedAt } } }`);
    const before = (await t.gql(EVENTS, { token: token['site-f001'], variables: { n: 'CTO-2026-00001' } })).data!.case!.adverseEvents;
    const malformed = await t.gql(graphql(`mutation EdcMalformedDate($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }`), {
      token: token['site-f001'],
      variables: { i: { registrationNumber: 'CTO-2026-00001', name: 'Hematoma', onsetOn: '2026-02-30', outcome: 'RECOVERED', outcomeOn: '2026-03-01', otherTreatment: 'NONE', seriousnessCriteria: [], severity: 'MILD', causality: 'RELATED' } },
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.onsetOn', fieldPath: ['input', 'onsetOn'], reason: 'NOT_A_DATE' });
    const after = (await t.gql(EVENTS, { token: token['site-f001'], variables: { n: 'CTO-2026-00001' } })).data!.case!.adverseEvents;
    expect(after).toEqual(before);
    expect(after).toContainEqual({ name: 'Cardiac tamponade', onsetOn: '2026-01-10', outcomeOn: '2026-01-20', recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) });
    const alerts = await t.gql(graphql(`query EdcSafetyAlerts { safetyAlerts(first: 1) { reportedAt adverseEvent { recordedAt } } }`), { token: token['datacenter'] });
    expect(alerts.data!.safetyAlerts[0]!.reportedAt).toBe(alerts.data!.safetyAlerts[0]!.adverseEvent.recordedAt);
  });

  it('[R31] should refuse a malformed RegistrationNumber through the gateway as BAD_USER_INPUT on its path, in each subgraph, and write nothing', async () => {
    const EVENTS = graphql(`query EdcAdverseEventNames($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name } } }`);
    const before = (await t.gql(EVENTS, { token: token['site-f001'], variables: { n: 'CTO-2026-00001' } })).data!.case!.adverseEvents;
    const refusals = [
      { what: 'an input field (cases)', query: 'mutation($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }', token: 'site-f001', fieldPath: ['input', 'registrationNumber'],
        variables: { i: { registrationNumber: 'CTO-2026-1', name: 'Hematoma', onsetOn: '2026-02-10', outcome: 'RECOVERED', outcomeOn: '2026-03-01', otherTreatment: 'NONE', seriousnessCriteria: [], severity: 'MILD', causality: 'RELATED' } } },
      { what: 'a literal argument (cases)', query: '{ case(registrationNumber: "cto-2026-00001") { registrationNumber } }', token: 'OP0001', fieldPath: ['registrationNumber'], variables: {} },
      { what: 'a variable (operators)', query: 'mutation($n: RegistrationNumber!) { reauthenticateForSignature(password: "demo-password", registrationNumber: $n) { assertion } }', token: 'OP0001', fieldPath: ['registrationNumber'], variables: { n: 'CTO-2026-00001 ' } },
      { what: 'a variable (adjudication)', query: 'mutation($n: RegistrationNumber!) { raiseObjection(registrationNumber: $n, grounds: "The core lab misread the image") { id } }', token: 'OP0001', fieldPath: ['registrationNumber'], variables: { n: 'x' } },
    ];
    for (const r of refusals) {
      const res = await t.gql(r.query, { token: token[r.token], variables: r.variables });
      expect(res.status, r.what).toBe(200);
      expect(res.errors?.[0]?.extensions, r.what).toMatchObject({ code: 'BAD_USER_INPUT', field: r.fieldPath.join('.'), fieldPath: r.fieldPath, reason: 'NOT_A_REGISTRATION_NUMBER' });
      expect(res.errors?.[0]?.message, r.what).toContain('is not a registration number written CTO-YYYY-NNNNN');
    }
    const after = (await t.gql(EVENTS, { token: token['site-f001'], variables: { n: 'CTO-2026-00001' } })).data!.case!.adverseEvents;
    expect(after).toEqual(before);
  });

  it('should degrade a library page per item when a case names an operator nobody knows: a null field and one error, never a null page', async () => {
    // Inserted beside the services (the registration's roster check would refuse it): a row as old data may hold.
    await t.handle.db.execute(sql`insert into cases.cases (registration_number, facility_id, operator_id, patient_code, patient_initials, birth_date, domestic, procedure_date, vessel, status, consent_obtained_on, image_publication_consented)
      values ('CTO-2026-09999', 'F001', 'OP9999', 'F001-P9999', 'Z.Z.', '1950-01-01', true, '2026-05-01', 'RCA', 'REGISTERED', '2026-05-01', true)`);
    const res = await t.gql(graphql(`query EdcOrphanLibrary { caseLibrary(first: 5) { nodes { registrationNumber operator { name } facility { name } } } }`), { token: token['OP0003'] });
    expect(res.data?.caseLibrary.nodes).toHaveLength(5);
    const [orphan, ...rest] = res.data!.caseLibrary.nodes;
    expect(orphan).toEqual({ registrationNumber: 'CTO-2026-09999', operator: null, facility: { name: 'Sakura Heart Hospital' } });
    for (const node of rest) expect(node.operator?.name).toEqual(expect.any(String));
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['caseLibrary', 'nodes', 0, 'operator'], extensions: { code: 'NOT_FOUND' } });
  });
});
