import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInternalToken, type Viewer } from '@registry/auth';
import type { SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CasesService } from '../src/server.ts';
import { multipart, registerSampleCases, SITE_F001, startImagesSubgraph, XA } from './support/images.ts';
import { graphql } from './gql/index.ts';

const START = graphql(`mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }`);
const UPLOAD = graphql(`query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }`);
const GIB = 1024 ** 3;

/** A STOW-RS request that is refused ends its upload with the reason, and is the client's 4xx, never a 500 [R18]. */
describe('uploads refused as a whole: ended with their reason, answered in JSON [R18]', () => {
  let h: SubgraphHarness<CasesService>;
  let n: string;
  let logLines: string[];
  let call: (viewer: Viewer | null, pathname: string, init?: RequestInit) => Promise<Response>;

  beforeAll(async () => {
    ({ h, call, logLines } = await startImagesSubgraph());
    n = (await registerSampleCases(h, 'REF')).overseas;
  });
  afterAll(() => h.stop());

  const announce = async () => (await h.as(SITE_F001, START, { i: { registrationNumber: n, kind: 'PRE_PROCEDURE_ANGIO' } })).data!.startImageUpload;
  const uploadOf = async (id: string) => (await h.as(SITE_F001, UPLOAD, { id })).data!.imageUpload!;
  // pino: 50 is error, 60 fatal.
  const errorLines = () => logLines.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);

  it('should refuse an expected size over 20 GiB, or not a whole number, on input.bytesExpected [R18]', async () => {
    for (const bytesExpected of [1e15, 20 * GIB + 1, -1, 1.5]) {
      const res = await h.as(SITE_F001, START, { i: { registrationNumber: n, kind: 'PRE_PROCEDURE_ANGIO', bytesExpected } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bytesExpected' });
    }
    const res = await h.as(SITE_F001, START, { i: { registrationNumber: n, kind: 'PRE_PROCEDURE_ANGIO', bytesExpected: 20 * GIB } });
    expect(res.errors).toBeUndefined();
  });

  it('should end an announced upload FAILED with the reason when its request is refused with 415 [R18]', async () => {
    const { id, stowUrl } = await announce();
    const res = await call(SITE_F001, stowUrl, { method: 'POST', body: XA, headers: { 'content-type': 'image/jpeg' } });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: 'UNSUPPORTED_MEDIA_TYPE' });
    const upload = await uploadOf(id);
    expect(upload).toMatchObject({ state: 'FAILED', refusals: [{ code: 'UNSUPPORTED_MEDIA_TYPE' }] });
    expect(upload.finishedAt).toBeTruthy();
  });

  it('should answer a malformed multipart body 400 with the reason, fail the upload with it, and log no error [R18]', async () => {
    const { body, type } = multipart([XA]);
    const closing = Buffer.from('--stow-test-boundary--\r\n');
    const cases: [string, Buffer, string, RegExp][] = [
      ['an empty body', Buffer.alloc(0), type, /empty/],
      ['a wrong boundary', body, type.replace('stow-test-boundary', 'another-boundary'), /boundary/],
      ['no closing delimiter', body.subarray(0, body.length - closing.length - 2), type, /closing delimiter/],
    ];
    for (const [label, sent, contentType, reason] of cases) {
      const errorsBefore = errorLines().length;
      const { id, stowUrl } = await announce();
      const res = await call(SITE_F001, stowUrl, { method: 'POST', body: sent, headers: { 'content-type': contentType } });
      expect([label, res.status]).toEqual([label, 400]);
      const answer = (await res.json()) as { error: string; code: string; message: string };
      expect(answer).toMatchObject({ error: 'BAD_REQUEST', code: 'MALFORMED_MULTIPART' });
      expect(answer.message).toMatch(reason);
      const upload = await uploadOf(id);
      expect([label, upload.state, upload.refusals]).toEqual([label, 'FAILED', [{ code: 'MALFORMED_MULTIPART', message: answer.message }]]);
      expect(errorLines().length).toBe(errorsBefore);
    }
  });

  it('should refuse a request that announces more than 20 GiB before reading it, and end its upload with the reason [R18]', async () => {
    const { id, stowUrl } = await announce();
    const { type } = multipart([XA]);
    const token = `Bearer ${await signInternalToken(SITE_F001, 'cases', h.keys.internalPrivate!)}`;
    // Only the headers are sent: the size announced decides, nothing of the body is read.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${h.url.replace(/\/graphql$/, '')}${stowUrl}`, { method: 'POST', headers: { 'content-type': type, 'content-length': String(20 * GIB + 1), authorization: token } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body: text });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.write(Buffer.from('--stow-test-boundary\r\n'));
    });
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ error: 'BAD_USER_INPUT' });
    expect(await uploadOf(id)).toMatchObject({ state: 'FAILED', refusals: [{ code: 'BAD_USER_INPUT' }] });
  });
});
