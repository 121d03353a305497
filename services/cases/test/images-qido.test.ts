import dicomParser from 'dicom-parser';
import { api as dicomweb } from 'dicomweb-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XMLHttpRequest from 'xhr2';
import { signInternalToken, type Viewer } from '@registry/auth';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CasesService } from '../src/server.ts';
import { anotherInstanceOf, OP3, registerSampleCases, SITE_F001, startImagesSubgraph, XA } from './support/images.ts';
import { CATHETER_IR13, japaneseFile, TOSHIBA_IR13_IR87 } from './support/japanese.ts';

type Json = Record<string, { vr: string; Value?: unknown[] }>;
/** dicomweb-client's generated types make every option required; the calls as OHIF makes them. */
type Call = (options?: Record<string, unknown>) => Promise<unknown>;
type Client = Record<'searchForStudies' | 'searchForSeries' | 'searchForInstances' | 'retrieveInstance' | 'retrieveInstanceFrames' | 'retrieveSeriesMetadata', Call>;

/** The same file in another series of the same study: its Series Instance UID's last digit changed. */
function inAnotherSeries(file: Buffer, digit: string): Buffer {
  const ds = dicomParser.parseDicom(new Uint8Array(file.buffer, file.byteOffset, file.length), { untilTag: 'x7fe00010' });
  const uid = String(ds.string('x0020000e'));
  const out = Buffer.from(file);
  for (let at = out.indexOf(uid, 0, 'latin1'); at >= 0; at = out.indexOf(uid, at + 1, 'latin1')) Buffer.from(uid.slice(0, -1) + digit, 'latin1').copy(out, at);
  return out;
}

/**
 * QIDO-RS and WADO-RS as OHIF uses them: dicomweb-client (OHIF's own client) against the
 * cases subgraph's DICOMweb, on the stored (de-identified) values [R5][R21a][R31].
 */
describe('DICOMweb searches for viewers (QIDO-RS) [R5][R21a][R31]', () => {
  let h: SubgraphHarness<CasesService>;
  let base: string;
  let call: (viewer: Viewer | null, pathname: string, init?: RequestInit) => Promise<Response>;
  let angio: string;
  let japanese: string;
  let client: (registrationNumber: string) => Promise<Client>;

  beforeAll(async () => {
    (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = XMLHttpRequest;
    const started = await startImagesSubgraph();
    ({ h, call } = started);
    base = h.url.replace(/\/graphql$/, '');
    angio = (await registerSampleCases(h, 'QIDO-A')).overseas;
    japanese = (await registerSampleCases(h, 'QIDO-J')).overseas;
    for (const [n, kind, file] of [
      [angio, 'PRE_PROCEDURE_ANGIO', XA],
      [angio, 'CTO_PCI_ANGIO', inAnotherSeries(anotherInstanceOf(XA, '7'), '3')],
      [japanese, 'PRE_PROCEDURE_ANGIO', anotherInstanceOf(japaneseFile(XA, 'ISO 2022 IR 13\\ISO 2022 IR 87', { '00080070': { vr: 'LO', bytes: TOSHIBA_IR13_IR87 }, '00081090': { vr: 'LO', bytes: CATHETER_IR13 } }), '5')],
    ] as const) {
      const res = await started.stow(SITE_F001, n, kind, [file]);
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    }
    client = async (n) =>
      new dicomweb.DICOMwebClient({ url: `${base}/dicomweb/cases/${n}`, headers: { authorization: `Bearer ${await signInternalToken(OP3, 'cases', h.keys.internalPrivate!)}` }, singlepart: false }) as unknown as Client;
  });
  afterAll(() => h.stop());

  const studies = async (n: string, queryParams: Record<string, string> = {}) => (await (await client(n)).searchForStudies({ queryParams })) as Json[];
  const value = (ds: Json | undefined, tag: string) => ds?.[tag]?.Value?.[0];

  it('should answer a study search with the registration number as the patient and the shifted study date [R31]', async () => {
    const [study, ...rest] = await studies(angio);
    expect(rest).toEqual([]);
    expect(value(study, '00100020')).toBe(angio);
    expect(value(study, '00100010')).toEqual({ Alphabetic: angio });
    expect(study?.['00201206']?.Value).toEqual([2]);
    expect(study?.['00201208']?.Value).toEqual([2]);
    expect(study?.['00080061']?.Value).toEqual(['XA']);
    const date = String(value(study, '00080020'));
    expect(date).toMatch(/^\d{8}$/);
    expect(date).not.toBe('19941013');
  });

  it('should match PatientID, PatientName (wildcards, any case), AccessionNumber and StudyDate (single and ranges) on the stored values [R31]', async () => {
    const [study] = await studies(angio);
    const date = String(value(study, '00080020'));
    const day = (d: string, delta: number) => {
      const t = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)) + delta));
      return t.toISOString().slice(0, 10).replace(/-/g, '');
    };
    const hits = async (q: Record<string, string>) => (await studies(angio, q)).length;
    expect(await hits({ PatientID: angio })).toBe(1);
    expect(await hits({ PatientID: 'CTO-1999-99999' })).toBe(0);
    expect(await hits({ PatientName: 'CTO-*' })).toBe(1);
    expect(await hits({ PatientName: 'cto-????-*' })).toBe(1);
    expect(await hits({ PatientName: 'Rubo*' })).toBe(0);
    // The profile empties the accession number: nothing matches one.
    expect(await hits({ AccessionNumber: '12345' })).toBe(0);
    expect(await hits({ AccessionNumber: '*' })).toBe(1);
    expect(await hits({ StudyDate: date })).toBe(1);
    expect(await hits({ StudyDate: `${day(date, -3)}-${day(date, 3)}` })).toBe(1);
    expect(await hits({ StudyDate: `-${day(date, -1)}` })).toBe(0);
    expect(await hits({ StudyDate: `${date}-` })).toBe(1);
    // The true date of the procedure is never matched: only the shifted one is stored.
    expect(await hits({ StudyDate: '19941013' })).toBe(0);
    expect(await hits({ '00100020': angio, StudyInstanceUID: `1.2.3,${String(value(study, '0020000D'))}` })).toBe(1);
  });

  it('should search series at the root and in a study, with Modality, UID lists, limit, offset and includefield', async () => {
    const c = await client(angio);
    const all = (await c.searchForSeries()) as Json[];
    expect(all).toHaveLength(2);
    const study = String(value(all[0], '0020000D'));
    // At the root a series result carries its study's attributes too (PS3.18 Table 10.6.3-3).
    expect(value(all[0], '00100020')).toBe(angio);
    expect((await c.searchForSeries({ studyInstanceUID: study, queryParams: { Modality: 'XA' } })) as Json[]).toHaveLength(2);
    expect((await c.searchForSeries({ queryParams: { Modality: 'US' } })) as Json[]).toHaveLength(0);
    const uids = all.map((s) => String(value(s, '0020000E')));
    expect((await c.searchForSeries({ queryParams: { SeriesInstanceUID: uids[1]! } })) as Json[]).toHaveLength(1);
    const first = (await c.searchForSeries({ queryParams: { limit: '1' } })) as Json[];
    const second = (await c.searchForSeries({ queryParams: { limit: '1', offset: '1' } })) as Json[];
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(value(first[0], '0020000E')).not.toBe(value(second[0], '0020000E'));
    // Image Type is an instance attribute: a series answer has it only when asked for.
    expect(value(all[0], '00080008')).toBeUndefined();
    const included = (await c.searchForSeries({ queryParams: { includefield: 'ImageType,00200013' } })) as Json[];
    expect(included[0]?.['00080008']?.Value).toEqual(['DERIVED', 'PRIMARY', 'SINGLE PLANE', 'SINGLE A']);
    expect(value(((await c.searchForSeries({ queryParams: { includefield: 'all' } })) as Json[])[0], '00080008')).toBe('DERIVED');
    expect((await c.searchForSeries({ queryParams: { SeriesNumber: '1' } })) as Json[]).toHaveLength(2);
    expect(value(all[0], '0008103E')).toMatch(/ANGIO/);
  });

  it('should search instances, and retrieve an instance and its frames with dicomweb-client', async () => {
    const c = await client(angio);
    const [series] = (await c.searchForSeries({ queryParams: { SeriesDescription: 'PRE_PROCEDURE_ANGIO' } })) as Json[];
    const studyInstanceUID = String(value(series, '0020000D'));
    const seriesInstanceUID = String(value(series, '0020000E'));
    const instances = (await c.searchForInstances({ studyInstanceUID, seriesInstanceUID })) as Json[];
    expect(instances).toHaveLength(1);
    expect(value(instances[0], '00280008')).toBe(96);
    expect(value(instances[0], '00080016')).toBe('1.2.840.10008.5.1.4.1.1.12.1');
    expect((await c.searchForInstances({ studyInstanceUID })) as Json[]).toHaveLength(2);
    expect((await c.searchForInstances({ queryParams: { SOPInstanceUID: String(value(instances[0], '00080018')) } })) as Json[]).toHaveLength(1);
    const sopInstanceUID = String(value(instances[0], '00080018'));
    const file = Buffer.from((await c.retrieveInstance({ studyInstanceUID, seriesInstanceUID, sopInstanceUID })) as ArrayBuffer);
    expect(file.toString('latin1', 128, 132)).toBe('DICM');
    const frames = (await c.retrieveInstanceFrames({ studyInstanceUID, seriesInstanceUID, sopInstanceUID, frameNumbers: [1, 96], mediaTypes: [{ mediaType: 'image/jpeg', transferSyntaxUID: '1.2.840.10008.1.2.4.50' }] })) as ArrayBuffer[];
    expect(frames).toHaveLength(2);
    for (const frame of frames) expect(Buffer.from(frame).subarray(0, 2).toString('hex')).toBe('ffd8');
  });

  it('should answer every malformed or unknown request in JSON, never an HTML page', async () => {
    for (const [path, status] of [
      [`/dicomweb/cases/${angio}/series?StudyDate=1994`, 400],
      [`/dicomweb/cases/${angio}/studies?StudyDate=20240101-20240199x`, 400],
      [`/dicomweb/cases/${angio}/studies?limit=-1`, 400],
      [`/dicomweb/cases/${angio}/studies?NotAnAttribute=1`, 400],
      [`/dicomweb/cases/${angio}/instances?includefield=Nonsense`, 400],
      [`/dicomweb/cases/${angio}/studies/1.2.3/nothing-here`, 404],
      [`/dicomweb/elsewhere`, 404],
    ] as const) {
      const res = await call(OP3, path);
      expect([path, res.status]).toEqual([path, status]);
      expect(res.headers.get('content-type')).toMatch(/json/);
      expect((await res.json()) as { error: string }).toHaveProperty('error');
    }
  });

  it('should do literal matching only, and say so, when fuzzy matching is asked for', async () => {
    const res = await call(OP3, `/dicomweb/cases/${angio}/studies?fuzzymatching=true&PatientName=${angio}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('warning')).toMatch(/^299 .*fuzzymatching/);
    expect(await res.json()).toHaveLength(1);
    expect((await call(OP3, `/dicomweb/cases/${angio}/studies?fuzzymatching=false`)).headers.get('warning')).toBeNull();
  });

  it('should carry decoded Japanese text in the metadata JSON and in the QIDO answers, and match it [R31]', async () => {
    const c = await client(japanese);
    const [series] = (await c.searchForSeries({ queryParams: { Manufacturer: '東芝*' } })) as Json[];
    expect(value(series, '00080070')).toBe('東芝メディカル');
    expect(value(series, '00081090')).toBe('ｶﾃｰﾃﾙ');
    expect((await c.searchForSeries({ queryParams: { Manufacturer: 'メディカル' } })) as Json[]).toHaveLength(0);
    const [metadata] = (await c.retrieveSeriesMetadata({ studyInstanceUID: String(value(series, '0020000D')), seriesInstanceUID: String(value(series, '0020000E')) })) as Json[];
    expect(value(metadata, '00080070')).toBe('東芝メディカル');
    expect(value(metadata, '00081090')).toBe('ｶﾃｰﾃﾙ');
    expect(metadata?.['00080005']?.Value).toEqual(['ISO_IR 192']);
    expect(JSON.stringify(metadata)).not.toContain('\\u001b');
  });
});
