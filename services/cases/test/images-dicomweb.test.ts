import { readdirSync } from 'node:fs';
import { queryRows } from '@registry/db';
import dicomParser from 'dicom-parser';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@registry/auth';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CasesService } from '../src/server.ts';
import { identifyingStrings } from './support/identifying-strings.ts';
import { anotherInstanceOf, DC, DEFLATED, OP1, OP3, READER_1 as CORE_LAB, registerSampleCases, SITE_F001, startImagesSubgraph, US, XA } from './support/images.ts';
import { graphql } from './gql/index.ts';

const STATUS = graphql(`query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }`);

describe('DICOMweb on the cases subgraph [R18][R31][R5][R21a]', () => {
  let h: SubgraphHarness<CasesService>;
  let storeDir: string;
  let logLines: string[];
  let overseas: string;
  let domestic: string;
  let call: (viewer: Viewer | null, pathname: string, init?: RequestInit, audience?: string) => Promise<Response>;
  let stow: (viewer: Viewer, n: string, kind: string, files: Buffer[]) => Promise<Response>;

  beforeAll(async () => {
    ({ h, storeDir, logLines, call, stow } = await startImagesSubgraph());
    ({ overseas, domestic } = await registerSampleCases(h, 'IMG'));
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
    expect((await h.as(DC, STATUS, { n: overseas })).data!.case!.status).toBe('REGISTERED');
    // The same file cannot fill a second slot [R18]; the run's other file can.
    const duplicate = await stow(OP1, overseas, 'CTO_PCI_ANGIO', [XA]);
    expect(duplicate.status).toBe(409);
    expect(JSON.stringify(await duplicate.json())).toContain('DUPLICATE_INSTANCE');
    expect((await h.as(DC, STATUS, { n: overseas })).data!.case!.status).toBe('REGISTERED');
    expect((await stow(OP1, overseas, 'CTO_PCI_ANGIO', [anotherInstanceOf(XA, '7')])).status).toBe(200);
    expect((await h.as(DC, STATUS, { n: overseas })).data!.case!.status).toBe('COMPLETE');
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

  it('should refuse the core lab a case that is not on its worklist [R25][R26]', async () => {
    expect((await call(CORE_LAB, `/dicomweb/cases/${overseas}/studies`)).status).toBe(403);
  });

  it('should hold an IVUS file for the data center instead of publishing it, and still count the series [R18][R31]', async () => {
    const res = await stow(SITE_F001, domestic, 'IVUS', [US]);
    // Stored with a warning (held): 202, PS3.18 Table 10.5.3-1.
    expect(res.status).toBe(202);
    expect(JSON.stringify(await res.json())).toContain('QUARANTINED');
    expect(await (await call(OP3, `/dicomweb/cases/${domestic}/studies`)).json()).toEqual([]);
    expect(await (await call(DC, `/dicomweb/cases/${domestic}/studies`)).json()).toHaveLength(1);
  });

  it('should keep a record of every upload without any identifier, log none, and leave nothing half-written in storage [R31]', async () => {
    const list = await queryRows<{ record: { tableRevision: string; actions: unknown[]; uidMap: unknown[] }; content_key: string }>(
      h.handle.db,
      sql`select record, input_sha256, content_key, status, quarantine_reason from cases.image_instances order by uploaded_at`,
    );
    expect(list.length).toBe(3);
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
    // Nor in any log line of the service, debug level included: uploads, refusals, the OCR check.
    const logged = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(0);
    for (const identifier of [...originals, ...[XA, US, DEFLATED].flatMap(identifyingStrings)]) expect(logged).not.toContain(identifier);
    const files = readdirSync(storeDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(files.filter((f) => /[0-9a-f]{64}$/.test(f))).toHaveLength(3);
  });
});
