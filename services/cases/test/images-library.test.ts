import dicomParser from 'dicom-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@registry/auth';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import { anotherInstanceOf, DC, multipart, OP1, OP3, partsOf, READER_1, READER_2, READER_3, registerSampleCases, SITE_F001, startImagesSubgraph, US, XA } from './support/images.ts';

const START = graphql(`mutation ImagesLibraryStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl bytesExpected } }`);
const UPLOAD = graphql(`query ImagesLibraryUpload($id: ID!) { imageUpload(id: $id) { state bytesReceived fractionReceived instancesStored instancesQuarantined refusals { code } finishedAt } }`);
const IMAGES = graphql(`query ImagesLibraryImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { seriesInstanceUid kind modality frameCount retrieveUrl dicomwebUrl
  instances { sopInstanceUid status quarantineReason numberOfFrames bytes retrieveUrl review { decision reason } } } } }`);
const PAGE = graphql(`query ImagesLibraryPage($n: RegistrationNumber!, $first: Int, $after: String) { case(registrationNumber: $n) { images { frameCount instances(first: $first, after: $after) { sopInstanceUid } } } }`);
const CORE_LAB_IMAGES = graphql(`query ImagesLibraryCoreLabImages($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { images { seriesInstanceUid frameCount instances { sopInstanceUid status } } } }`);
const HELD = graphql(`query ImagesLibraryHeld { heldImages { registrationNumber sopInstanceUid quarantineReason } }`);
const REVIEW = graphql(`mutation ImagesLibraryReview($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status review { decision reason } } }`);
const AUDIT = graphql(`query ImagesLibraryAudit($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action reason } } }`);
const FRAMES_ANY = 'multipart/related; type="application/octet-stream"; transfer-syntax=*';

/** Performing Physician Identification Sequence: where the registry writes the operator ID [R31]. */
const OPERATOR_ID_TAG = 'x00081052';

describe('the image library: uploads followed, frames, the core lab\'s copy, held files [R5][R18][R21a][R25][R31]', () => {
  let h: SubgraphHarness<CasesService>;
  let overseas: string;
  let domestic: string;
  let call: (viewer: Viewer | null, pathname: string, init?: RequestInit) => Promise<Response>;
  const imagesOf = async (viewer: Viewer, n: string) => (await h.as(viewer, IMAGES, { n })).data!.case!.images;

  beforeAll(async () => {
    ({ h, call } = await startImagesSubgraph());
    ({ overseas, domestic } = await registerSampleCases(h, 'LIB'));
    // Two readers on the roster, so the completed case gets both by load [R26]; a third stays unassigned.
    for (const r of [READER_1, READER_2]) await h.service.contextFor(r).coreLab.enrol();
  });
  afterAll(() => h.stop());

  it('should let the uploader follow an announced upload to its end, and nobody else [R18]', async () => {
    const { body, type } = multipart([XA]);
    const started = (await h.as(SITE_F001, START, { i: { registrationNumber: overseas, kind: 'PRE_PROCEDURE_ANGIO', bytesExpected: body.length } })).data!.startImageUpload;
    expect(started).toMatchObject({ state: 'OPEN', bytesExpected: body.length });
    const res = await call(SITE_F001, started.stowUrl, { method: 'POST', body, headers: { 'content-type': type } });
    expect(res.status).toBe(200);
    const upload = (await h.as(SITE_F001, UPLOAD, { id: started.id })).data!.imageUpload!;
    expect(upload).toMatchObject({ state: 'DONE', bytesReceived: body.length, fractionReceived: 1, instancesStored: 1, instancesQuarantined: 0, refusals: [] });
    expect(upload.finishedAt).toBeTruthy();
    expect((await h.as(OP3, UPLOAD, { id: started.id })).data!.imageUpload).toBeNull();
    // An upload is sent once; an id that is not one names nothing.
    expect((await call(SITE_F001, started.stowUrl, { method: 'POST', body, headers: { 'content-type': type } })).status).toBe(404);
    expect((await call(SITE_F001, `/dicomweb/cases/${overseas}/studies?upload=not-an-id`, { method: 'POST', body, headers: { 'content-type': type } })).status).toBe(404);
    expect((await h.as(SITE_F001, UPLOAD, { id: 'not-an-id' })).data!.imageUpload).toBeNull();
  });

  it('should page a series\' files with first and after, at most 200 a page [15.1]', async () => {
    const page = async (variables: { first?: number; after?: string }) => h.as(OP3, PAGE, { n: overseas, ...variables });
    const whole = (await page({})).data!.case!.images[0]!;
    expect(whole.instances).toHaveLength(1);
    const first = (await page({ first: 1 })).data!.case!.images[0]!;
    expect(first.instances).toEqual(whole.instances);
    const after = (await page({ after: whole.instances[0]!.sopInstanceUid })).data!.case!.images[0];
    expect(after).toEqual({ frameCount: whole.frameCount, instances: [] });
    expect((await page({ first: 201 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('should refuse to announce an upload with a malformed slot, naming the field, and for another facility [R18]', async () => {
    const bad = await h.as(SITE_F001, START, { i: { registrationNumber: overseas, kind: 'pre procedure' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    const other = await h.as(OP3, START, { i: { registrationNumber: overseas, kind: 'CTO_PCI_ANGIO' } });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('should show a library reader the series with its frames and addresses, and no review details [R5][R21a]', async () => {
    const series = (await imagesOf(OP3, overseas))[0]!;
    expect(series).toMatchObject({ kind: 'PRE_PROCEDURE_ANGIO', modality: 'XA', frameCount: 96, dicomwebUrl: `/dicomweb/cases/${overseas}` });
    expect(series.instances).toEqual([expect.objectContaining({ status: 'PUBLISHED', quarantineReason: null, numberOfFrames: 96, review: null })]);
    const study = series.retrieveUrl.split('/')[5];
    expect(series.retrieveUrl).toBe(`/dicomweb/cases/${overseas}/studies/${study}/series/${series.seriesInstanceUid}`);
    // QIDO-RS matching by UID: the study is found by its own, and not by another.
    expect(await (await call(OP3, `/dicomweb/cases/${overseas}/studies?StudyInstanceUID=${study}`)).json()).toHaveLength(1);
    expect(await (await call(OP3, `/dicomweb/cases/${overseas}/studies?StudyInstanceUID=2.25.1`)).json()).toEqual([]);
  });

  it('should serve single frames as stored, read by range, and refuse what it cannot give (PS3.18 frames)', async () => {
    const series = (await imagesOf(OP3, overseas))[0]!;
    const url = `${series.instances[0]!.retrieveUrl}/frames/1,96`;
    const res = await call(OP3, url, { headers: { accept: FRAMES_ANY } });
    expect(res.status).toBe(200);
    const frames = partsOf(Buffer.from(await res.arrayBuffer()), res.headers.get('content-type')!);
    expect(frames).toHaveLength(2);
    for (const f of frames) expect(f.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect((await call(OP3, `${series.instances[0]!.retrieveUrl}/frames/97`, { headers: { accept: FRAMES_ANY } })).status).toBe(400);
    // Uncompressed pixels of a JPEG file would need transcoding, which this server does not do.
    expect((await call(OP3, `${series.instances[0]!.retrieveUrl}/frames/1`, { headers: { accept: 'multipart/related; type="application/octet-stream"' } })).status).toBe(406);
  });

  it('should give the assigned core-lab readers the published files without the operator\'s identification, and nobody else in the core lab [R25][R26][R33]', async () => {
    const { body, type } = multipart([anotherInstanceOf(XA, '8')]);
    expect((await call(OP1, `/dicomweb/cases/${overseas}/studies?kind=CTO_PCI_ANGIO`, { method: 'POST', body, headers: { 'content-type': type } })).status).toBe(200);
    await h.service.catchUp();
    const series = (await imagesOf(OP3, overseas))[0]!;
    const instanceUrl = series.instances[0]!.retrieveUrl;
    const library = await call(OP3, instanceUrl);
    const libraryFile = partsOf(Buffer.from(await library.arrayBuffer()), library.headers.get('content-type')!)[0]!;
    expect(dicomParser.parseDicom(libraryFile, { untilTag: 'x7fe00010' }).elements[OPERATOR_ID_TAG]).toBeDefined();

    const read = await call(READER_1, instanceUrl);
    expect(read.status).toBe(200);
    const blinded = partsOf(Buffer.from(await read.arrayBuffer()), read.headers.get('content-type')!)[0]!;
    const parsed = dicomParser.parseDicom(blinded);
    expect(parsed.elements[OPERATOR_ID_TAG]).toBeUndefined();
    expect(parsed.string('x00100020')).toBe(overseas);
    expect(blinded.toString('latin1')).not.toContain('OP0001');
    const studyUrl = series.retrieveUrl.replace(/\/series\/[^/]+$/, '');
    for (const url of [`${series.retrieveUrl}/metadata`, `${studyUrl}/metadata`]) {
      const metadata = await (await call(READER_2, url)).text();
      expect(metadata).not.toContain('OP0001');
      expect(JSON.parse(metadata)[0]['00100020'].Value).toEqual([overseas]);
    }
    // Both files of the run (one per slot), 96 frames each.
    expect((await h.as(READER_1, CORE_LAB_IMAGES, { n: overseas })).data!.coreLabCase!.images[0]).toMatchObject({ frameCount: 192 });

    expect((await call(READER_3, instanceUrl)).status).toBe(403);
  });

  it('should hold an ultrasound from a device the registry does not know for the data center, show it to the facility with its reason, and to no library reader [R31]', async () => {
    const { body, type } = multipart([US]);
    const res = await call(SITE_F001, `/dicomweb/cases/${domestic}/studies?kind=IVUS`, { method: 'POST', body, headers: { 'content-type': type } });
    expect(res.status).toBe(202);
    expect(await imagesOf(OP3, domestic)).toEqual([]);
    const facilityView = (await imagesOf(SITE_F001, domestic))[0]!;
    // The echo's device (ACME Products, no model) has no mask entry: held by default, whatever OCR would read.
    expect(facilityView.instances[0]).toMatchObject({ status: 'QUARANTINED', quarantineReason: expect.stringMatching(/^BURNED_IN_TEXT_DEVICE_UNKNOWN: /) });
    const held = (await h.as(DC, HELD)).data!.heldImages;
    expect(held).toEqual([expect.objectContaining({ registrationNumber: domestic })]);
  });

  it('should let only the data center release a held file, with its reason, once, on the case\'s audit trail [R31][T14.1]', async () => {
    const { sopInstanceUid } = (await h.as(DC, HELD)).data!.heldImages[0]!;
    const input = { registrationNumber: domestic, sopInstanceUid, decision: 'RELEASE' as const, reason: 'Frames read by the data center: no identifying text' };
    expect((await h.as(OP1, REVIEW, { i: input })).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.as(DC, REVIEW, { i: { ...input, reason: ' ' } })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await h.as(DC, REVIEW, { i: input })).data!.reviewHeldImage).toEqual({ status: 'PUBLISHED', review: { decision: 'RELEASE', reason: input.reason } });
    expect((await h.as(DC, REVIEW, { i: { ...input, decision: 'REJECT' } })).errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R31' });
    expect((await imagesOf(OP3, domestic))[0]!.instances[0]).toMatchObject({ status: 'PUBLISHED', review: null });
    expect((await h.as(DC, HELD)).data!.heldImages).toEqual([]);
    const trail = (await h.as(DC, AUDIT, { n: domestic })).data!.case!.auditTrail;
    expect(trail).toContainEqual({ action: 'IMAGE_RELEASED', reason: input.reason });
  });
});
