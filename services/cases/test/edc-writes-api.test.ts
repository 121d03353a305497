import { sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSignatureAssertion, type Viewer } from '@registry/auth';
import type { GraphQLResponse } from '../../../test/support/harness.ts';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../src/seed/fixtures.ts';
import type { CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import type { EdcWritesLibraryQuery } from './gql/graphql.ts';
import { DC, OP1, OP3, SECRETARIAT, SITE_F001, startImagesSubgraph, XA, type ImagesHarness } from './support/images.ts';

/** Another certified operator of the same facility as OP1: a colleague, not the case's operator. */
const COLLEAGUE: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000004', operatorId: 'OP0004', facilityId: 'F001' };

type Who = 'own operator' | 'colleague' | 'facility contact' | 'data center';
const VIEWERS: Record<Who, Viewer> = { 'own operator': OP1, colleague: COLLEAGUE, 'facility contact': SITE_F001, 'data center': DC };

const REGISTER = graphql(`mutation EdcWritesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }`);
const SAVE = graphql(`mutation EdcWritesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }`);
const APPROVAL = graphql(`mutation EdcWritesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }`);
const RAISE = graphql(`mutation EdcWritesRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }`);
const WITHDRAW = graphql(`mutation EdcWritesWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { registrationNumber } }`);

describe('who writes a case [R18][R19][R30][T14.1]', () => {
  let ih: ImagesHarness;
  let h: SubgraphHarness<CasesService>;
  let n: string;
  let queryId: string;
  let answeredQueryId: string;
  let contrast = 200;
  const auditCount = async () => {
    return (await queryRows<{ n: number }>(h.handle.db, sql`select count(*)::int as n from cases.audit_entries`))[0]!.n;
  };

  beforeAll(async () => {
    ih = await startImagesSubgraph();
    h = ih.h;
    await h.as(SECRETARIAT, APPROVAL, { i: { facilityId: 'F001', ethicsApprovedOn: '2025-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' } });
    n = (await h.as(OP1, REGISTER, { input: exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'W-1', procedureDate: '2025-06-02' }) })).data!.registerCase.registrationNumber;
    await h.as(OP1, SAVE, { input: { registrationNumber: n, ...EXAMPLE_FORM } });
    const raise = async () => (await h.as(DC, RAISE, { i: { registrationNumber: n, field: 'procedure.contrastVolumeMl', question: 'Confirm?' } })).data!.raiseDataQuery.id;
    queryId = await raise();
    answeredQueryId = await raise();
    await h.as(SITE_F001, graphql(`mutation EdcWritesAnswerConfirmed($id: ID!) { answerDataQuery(id: $id, answer: "Confirmed") { status } }`), { id: answeredQueryId });
  });
  afterAll(() => h.stop());

  const FACILITY: Who[] = ['own operator', 'facility contact'];
  /** `authorizedOnly`: the first allowed writer is authorized but the call names nothing to act on. */
  const writes: { mutation: string; allowed: Who[]; call: (v: Viewer) => Promise<GraphQLResponse<unknown>>; authorizedOnly?: boolean }[] = [
    { mutation: 'saveCaseReportForm', allowed: FACILITY, call: (v) => h.as(v, SAVE, { input: { registrationNumber: n, reason: 'Correction', procedure: { ...EXAMPLE_FORM.procedure, contrastVolumeMl: ++contrast } } }) },
    { mutation: 'submitCaseReportForm', allowed: FACILITY, call: (v) => h.as(v, graphql(`mutation EdcWritesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }`), { n }) },
    {
      mutation: 'signCaseReportForm',
      allowed: ['own operator'],
      call: async (v) =>
        h.as(v, graphql(`mutation EdcWritesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }`), {
          i: { registrationNumber: n, meaning: 'APPROVED_AS_CORRECT', signatureAssertion: await signSignatureAssertion({ accountId: v.accountId!, registrationNumber: n, purpose: 'CASE_REPORT_FORM_SIGNATURE' }, h.keys.userPrivate!) },
        }),
    },
    { mutation: 'answerDataQuery', allowed: FACILITY, call: (v) => h.as(v, graphql(`mutation EdcWritesAnswer($id: ID!) { answerDataQuery(id: $id, answer: "It is 220 ml") { status } }`), { id: queryId }) },
    { mutation: 'reopenDataQuery', allowed: ['data center'], call: (v) => h.as(v, graphql(`mutation EdcWritesReopen($id: ID!) { reopenDataQuery(id: $id, reason: "Source says 230") { status } }`), { id: answeredQueryId }) },
    { mutation: 'closeDataQuery', allowed: ['data center'], call: (v) => h.as(v, graphql(`mutation EdcWritesClose($id: ID!) { closeDataQuery(id: $id) { status } }`), { id: queryId }) },
    { mutation: 'raiseDataQuery', allowed: ['data center'], call: (v) => h.as(v, RAISE, { i: { registrationNumber: n, field: 'procedure.airKermaMGy', question: 'Units?' } }) },
    { mutation: 'startImageUpload', allowed: FACILITY, call: (v) => h.as(v, graphql(`mutation EdcWritesStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id } }`), { i: { registrationNumber: n, kind: 'CTO_PCI_ANGIO' } }) },
    { mutation: 'recordImageSeries', allowed: ['data center'], call: (v) => h.as(v, graphql(`mutation EdcWritesRecordSeries($n: RegistrationNumber!) { recordImageSeries(input: { registrationNumber: $n, kind: IVUS }) { status } }`), { n }) },
    {
      mutation: 'reviewHeldImage',
      allowed: ['data center'],
      authorizedOnly: true,
      call: (v) => h.as(v, graphql(`mutation EdcWritesReviewHeld($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status } }`), { i: { registrationNumber: n, sopInstanceUid: '2.25.1', decision: 'RELEASE', reason: 'No text' } }),
    },
    {
      mutation: 'recordFollowUp',
      allowed: [...FACILITY, 'data center'],
      call: (v) => h.as(v, graphql(`mutation EdcWritesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }`), { i: { registrationNumber: n, year: 1, contactedOn: '2026-06-01', vitalStatus: 'ALIVE', events: [] } }),
    },
    {
      mutation: 'reportAdverseEvent',
      allowed: FACILITY,
      call: (v) =>
        h.as(v, graphql(`mutation EdcWritesAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }`), {
          i: { registrationNumber: n, name: 'Hematoma', onsetOn: '2025-06-03', outcomeOn: '2025-06-10', outcome: 'RECOVERED', otherTreatment: 'NONE', seriousnessCriteria: [], severity: 'MILD', causality: 'RELATED' },
        }),
    },
    {
      mutation: 'recordProtocolDeviation',
      allowed: FACILITY,
      call: (v) => h.as(v, graphql(`mutation EdcWritesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }`), { i: { registrationNumber: n, occurredOn: '2025-06-02', description: 'Old consent form', reason: 'Delivery' } }),
    },
    { mutation: 'lockCaseReportForm', allowed: ['data center'], call: (v) => h.as(v, graphql(`mutation EdcWritesLock($n: RegistrationNumber!) { lockCaseReportForm(registrationNumber: $n) { registrationNumber } }`), { n }) },
    {
      mutation: 'markLostToFollowUp',
      allowed: [...FACILITY, 'data center'],
      call: (v) => h.as(v, graphql(`mutation EdcWritesLostToFollowUp($i: MarkLostToFollowUpInput!) { markLostToFollowUp(input: $i) { registrationNumber } }`), { i: { registrationNumber: n, on: '2026-07-01', reason: 'Moved abroad' } }),
    },
    {
      mutation: 'withdrawConsent',
      allowed: FACILITY,
      call: (v) => h.as(v, WITHDRAW, { i: { registrationNumber: n, withdrawnOn: '2026-08-01', reason: 'Patient request' } }),
    },
  ];

  describe.each(writes)('$mutation', ({ allowed, call, authorizedOnly }) => {
    const refused = (Object.keys(VIEWERS) as Who[]).filter((w) => !allowed.includes(w));
    it.each(refused)('should refuse %s with FORBIDDEN, writing nothing [R18][R30]', async (who) => {
      const before = await auditCount();
      const res = await call(VIEWERS[who]);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await auditCount()).toBe(before);
    });
    it.each(allowed)('should let %s make it [R18][R19][T14.1]', async (who) => {
      const res = await call(VIEWERS[who]);
      // Allowed means authorized: a later caller may meet the state the first one left (already submitted…).
      expect(res.errors?.[0]?.extensions?.['code']).not.toBe('FORBIDDEN');
      if (who === allowed[0] && !authorizedOnly) expect(res.errors).toBeUndefined();
    });
  });

  describe('registerCase', () => {
    const input = (patientCode: string) => exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode, procedureDate: '2025-07-01' });
    it('should let the operator register own cases and the facility contact the facility\'s [R16][R18]', async () => {
      expect((await h.as(OP1, REGISTER, { input: input('W-2') })).errors).toBeUndefined();
      expect((await h.as(SITE_F001, REGISTER, { input: input('W-3') })).errors).toBeUndefined();
    });
    it.each([['colleague', COLLEAGUE], ['data center', DC], ['another facility\'s operator', OP3]] as const)('should refuse %s registering OP0001\'s case with FORBIDDEN [R16]', async (_, viewer) => {
      expect((await h.as(viewer, REGISTER, { input: input('W-4') })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });
});

describe('the library after withdrawal, and without consent to publish images [R16][T7.3]', () => {
  let ih: ImagesHarness;
  let h: SubgraphHarness<CasesService>;
  const LIBRARY = graphql(`query EdcWritesLibrary { caseLibrary(first: 100) { totalCount nodes { registrationNumber } } }`);
  const IMAGES = graphql(`query EdcWritesImages($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber images { instances { status } } } }`);
  const register = async (patientCode: string, imagePublicationConsented: boolean) => {
    const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode, procedureDate: '1994-10-13', domestic: false });
    const res = await h.as(SITE_F001, REGISTER, { input: { ...input, consent: { ...input.consent!, imagePublicationConsented } } });
    return res.data!.registerCase.registrationNumber;
  };
  const numbers = (res: GraphQLResponse<EdcWritesLibraryQuery>) => res.data!.caseLibrary.nodes.map((c) => c.registrationNumber);

  beforeAll(async () => {
    ih = await startImagesSubgraph();
    h = ih.h;
    await h.as(SECRETARIAT, APPROVAL, { i: { facilityId: 'F001', ethicsApprovedOn: '1993-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' } });
  });
  afterAll(() => h.stop());

  it('should take a withdrawn case and its images out of the library for other facilities, keeping it for its facility and the data center [T7.3]', async () => {
    const n = await register('L-1', true);
    expect((await ih.stow(SITE_F001, n, 'PRE_PROCEDURE_ANGIO', [XA])).status).toBe(200);
    expect(numbers(await h.as(OP3, LIBRARY))).toContain(n);
    expect((await h.as(OP3, IMAGES, { n })).data!.case!.images).toHaveLength(1);
    await h.as(SITE_F001, WITHDRAW, { i: { registrationNumber: n, withdrawnOn: '1994-12-01', reason: 'Patient request' } });

    const other = await h.as(OP3, LIBRARY);
    expect(numbers(other)).not.toContain(n);
    expect(other.data!.caseLibrary.totalCount).toBe(numbers(other).length);
    expect((await h.as(OP3, IMAGES, { n })).data!.case).toBeNull();
    expect(await (await ih.call(OP3, `/dicomweb/cases/${n}/studies`)).json()).toEqual([]);
    for (const keeper of [OP1, DC]) expect(numbers(await h.as(keeper, LIBRARY))).toContain(n);
    for (const keeper of [OP1, SITE_F001, DC]) expect((await h.as(keeper, IMAGES, { n })).data!.case!.images).toHaveLength(1);
  });

  it('should keep the images of a case without consent to publish them out of the library, the case itself in [R16]', async () => {
    const n = await register('L-2', false);
    expect((await ih.stow(SITE_F001, n, 'PRE_PROCEDURE_ANGIO', [XA])).status).toBe(200);
    const other = (await h.as(OP3, IMAGES, { n })).data!.case!;
    expect(other.registrationNumber).toBe(n);
    expect(other.images.flatMap((s) => s.instances)).toEqual([]);
    expect(await (await ih.call(OP3, `/dicomweb/cases/${n}/studies`)).json()).toEqual([]);
    for (const keeper of [OP1, DC]) expect((await h.as(keeper, IMAGES, { n })).data!.case!.images).toHaveLength(1);
  });
});
