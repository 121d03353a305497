import { DicomRefusal } from '../dicom/refusal.ts';
import type { ImageUploads } from '../upload/image-uploads.ts';
import { MultipartError, type Part } from './multipart.ts';

export interface StowRequest {
  registrationNumber: string;
  kind: string | undefined;
  uploadId: string | undefined;
  bytesExpected: number | null;
  body: AsyncIterable<Buffer>;
  parts(counted: AsyncIterable<Buffer>): AsyncIterable<Part>;
  onRefusal(err: DicomRefusal | MultipartError): void;
}

/** PS3.18 Table 10.5.3-1 failure reasons: refused (A900 SOP class), out of resources (A700), cannot understand (C000). */
const FAILURE_REASON: Record<string, number> = { WRONG_SOP_CLASS: 0xa900, TOO_LARGE: 0xa700, DUPLICATE_INSTANCE: 0x0111 };
/** Warning: stored, but held (PS3.18 B000 "coercion of data elements" is the nearest; the comment says why). */
const HELD = 0xb000;

/**
 * One STOW-RS request (PS3.18 10.5): each part is de-identified and stored on its own, so
 * one bad file does not refuse the others; the answer lists what was stored (with a
 * warning for files held for the data center) and what was refused and why. The bytes
 * are counted as they arrive, for the uploader's progress.
 */
export async function storeInstances(uploads: ImageUploads, request: StowRequest): Promise<{ status: number; body: Record<string, unknown> }> {
  const { case: c, progress, kind } = await uploads.begin(request.registrationNumber, request.kind, request.uploadId, request.bytesExpected);
  const stored: Record<string, unknown>[] = [];
  const failed: Record<string, unknown>[] = [];
  try {
    for await (const part of request.parts(progress.count(request.body))) {
      try {
        const { instance } = await uploads.store(c, kind, progress.uploadId, part.body);
        await uploads.counted(progress.uploadId, { stored: true, quarantined: instance.status === 'QUARANTINED' });
        stored.push({
          '00081150': { vr: 'UI', Value: [instance.sopClassUid] },
          '00081155': { vr: 'UI', Value: [instance.sopInstanceUid] },
          '00081190': { vr: 'UR', Value: [`/dicomweb/cases/${c.registrationNumber}/studies/${instance.studyInstanceUid}/series/${instance.seriesInstanceUid}/instances/${instance.sopInstanceUid}`] },
          ...(instance.status === 'QUARANTINED' ? { '00081196': { vr: 'US', Value: [HELD] }, '00000902': { vr: 'LO', Value: ['QUARANTINED: held for the data center'] } } : {}),
        });
      } catch (err) {
        if (!(err instanceof DicomRefusal)) throw err;
        for await (const rest of part.body) void rest;
        request.onRefusal(err);
        await uploads.counted(progress.uploadId, { refusal: { code: err.code, message: err.message } });
        failed.push({
          '00081197': { vr: 'US', Value: [FAILURE_REASON[err.code] ?? 0xc000] },
          '00000902': { vr: 'LO', Value: [`${err.code}: ${err.message}`.slice(0, 64)] },
          '00000901': { vr: 'LT', Value: [`${err.code}: ${err.message}`] },
        });
      }
    }
  } catch (err) {
    if (err instanceof MultipartError) {
      // The client's malformed body: the upload ends with the reason, the client is told why (400).
      request.onRefusal(err);
      const refusal = { code: 'MALFORMED_MULTIPART', message: err.message };
      await progress.finish('FAILED', refusal);
      return { status: 400, body: { error: 'BAD_REQUEST', ...refusal } };
    }
    await progress.finish('FAILED', { code: 'INTERNAL_ERROR', message: 'The upload failed on the server; send it again' });
    throw err;
  }
  await progress.finish('DONE');
  const body: Record<string, unknown> = {};
  if (stored.length) body['00081199'] = { vr: 'SQ', Value: stored };
  if (failed.length) body['00081198'] = { vr: 'SQ', Value: failed };
  // PS3.18 Table 10.5.3-1: 200 all stored; 202 some failed or carry a warning (held); 409 none stored.
  const warned = stored.some((s) => '00081196' in s);
  return { status: stored.length === 0 ? 409 : failed.length > 0 || warned ? 202 : 200, body };
}
