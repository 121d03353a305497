import type { Request, Response, NextFunction } from 'express';
import express from 'express';
import type { CryptoKey } from 'jose';
import { verifyInternalToken, type Viewer } from '@registry/auth';
import type { Logger } from '@registry/logging';
import { DicomRefusal } from '../dicom/refusal.ts';
import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';
import type { ImageLibrary } from '../upload/image-library.ts';
import { boundaryOf, readParts } from './multipart.ts';
import { instanceJson, seriesJson, studyJson } from './dicom-json.ts';

export interface DicomwebOptions {
  /** The audience of the gateway's internal tokens: the subgraph's name. */
  subgraph: string;
  internalPublicKey: CryptoKey;
  logger: Logger;
  library(viewer: Viewer): ImageLibrary;
}

const BEARER = /^Bearer (.+)$/i;
const DICOM_JSON = 'application/dicom+json';

/**
 * DICOMweb beside GraphQL, at `/dicomweb/cases/{registrationNumber}`: the base URL a viewer
 * (OHIF) is given for one case. STOW-RS stores into a series slot (`?kind=`), QIDO-RS lists
 * studies and series, WADO-RS returns metadata and instances. Every request carries the
 * token the gateway signed for this subgraph, exactly like GraphQL: 401 otherwise.
 */
export function mountDicomweb(app: express.Express, options: DicomwebOptions): void {
  const router = express.Router({ mergeParams: true });
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const match = BEARER.exec(req.headers.authorization ?? '');
    try {
      if (!match?.[1]) throw new Error('no token');
      res.locals['viewer'] = (await verifyInternalToken(match[1], options.subgraph, options.internalPublicKey)).viewer;
      next();
    } catch {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
    }
  });
  const library = (res: Response) => options.library(res.locals['viewer'] as Viewer);
  const rn = (req: Request) => String(req.params['registrationNumber']);

  router.post('/studies', async (req, res) => {
    const kind = String(req.query['kind'] ?? '');
    const lib = library(res);
    const c = await lib.authorizeUpload(rn(req), kind);
    const type = req.headers['content-type'] ?? '';
    const parts = /^application\/dicom\b/i.test(type)
      ? singlePart(req)
      : /^multipart\/related\b/i.test(type) && boundaryOf(type)
        ? readParts(req, boundaryOf(type)!)
        : undefined;
    if (!parts) {
      res.status(415).json({ error: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send multipart/related; type="application/dicom" (STOW-RS) or application/dicom' });
      return;
    }
    const stored: Record<string, unknown>[] = [];
    const failed: Record<string, unknown>[] = [];
    for await (const part of parts) {
      try {
        const { instance } = await lib.upload(c, kind, part.body);
        stored.push(referenced(instance, rn(req)));
      } catch (err) {
        if (!(err instanceof DicomRefusal)) throw err;
        for await (const rest of part.body) void rest;
        options.logger.info({ code: err.code }, 'DICOM upload refused');
        failed.push({
          '00081197': { vr: 'US', Value: [err.code === 'WRONG_SOP_CLASS' ? 0xa900 : err.code === 'TOO_LARGE' ? 0xa700 : 0xc000] },
          '00000902': { vr: 'LO', Value: [`${err.code}: ${err.message}`.slice(0, 64)] },
          '00000901': { vr: 'LT', Value: [`${err.code}: ${err.message}`] },
        });
      }
    }
    const body: Record<string, unknown> = {};
    if (stored.length) body['00081199'] = { vr: 'SQ', Value: stored };
    if (failed.length) body['00081198'] = { vr: 'SQ', Value: failed };
    res.status(failed.length === 0 ? 200 : stored.length === 0 ? 409 : 202).type(DICOM_JSON).send(JSON.stringify(body));
  });

  router.get('/studies', async (req, res) => {
    const instances = await library(res).instancesOf(rn(req));
    res.type(DICOM_JSON).send(JSON.stringify(studyJson(instances, rn(req))));
  });
  router.get('/studies/:study/series', async (req, res) => {
    const instances = await library(res).instancesOf(rn(req), { studyInstanceUid: String(req.params['study']) });
    res.type(DICOM_JSON).send(JSON.stringify(seriesJson(instances)));
  });
  router.get('/studies/:study/series/:series/metadata', async (req, res) => {
    const lib = library(res);
    const instances = await lib.instancesOf(rn(req), { studyInstanceUid: String(req.params['study']), seriesInstanceUid: String(req.params['series']) });
    if (instances.length === 0) return void res.status(404).json({ error: 'NOT_FOUND' });
    const out = [];
    for (const i of instances) out.push(await instanceJson(lib.open(i)));
    res.type(DICOM_JSON).send(JSON.stringify(out));
  });
  const sendInstances = async (req: Request, res: Response, filter: { studyInstanceUid: string; seriesInstanceUid?: string; sopInstanceUid?: string }) => {
    const lib = library(res);
    const instances = await lib.instancesOf(rn(req), filter);
    if (instances.length === 0) return void res.status(404).json({ error: 'NOT_FOUND' });
    const boundary = `dicomweb-${Date.now().toString(36)}`;
    res.status(200).type(`multipart/related; type="application/dicom"; boundary=${boundary}`);
    for (const i of instances) {
      res.write(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`);
      for await (const chunk of lib.open(i)) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      res.write('\r\n');
    }
    res.end(`--${boundary}--\r\n`);
  };
  router.get('/studies/:study/series/:series', (req, res) =>
    sendInstances(req, res, { studyInstanceUid: String(req.params['study']), seriesInstanceUid: String(req.params['series']) }),
  );
  router.get('/studies/:study/series/:series/instances/:instance', (req, res) =>
    sendInstances(req, res, { studyInstanceUid: String(req.params['study']), seriesInstanceUid: String(req.params['series']), sopInstanceUid: String(req.params['instance']) }),
  );

  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    void next;
    const code = (err as { extensions?: { code?: string } }).extensions?.code;
    const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' ? 400 : 500;
    if (status === 500) options.logger.error({ err }, 'DICOMweb request failed');
    if (res.headersSent) return void res.destroy();
    res.status(status).json({ error: code ?? 'INTERNAL_SERVER_ERROR', ...(status < 500 ? { message: (err as Error).message } : {}) });
  });
  app.use('/dicomweb/cases/:registrationNumber', router);
}

async function* singlePart(req: Request) {
  yield { headers: {}, body: req as AsyncIterable<Buffer> };
}

function referenced(i: ImageInstanceRecord, registrationNumber: string): Record<string, unknown> {
  return {
    '00081150': { vr: 'UI', Value: [i.sopClassUid] },
    '00081155': { vr: 'UI', Value: [i.sopInstanceUid] },
    '00081190': { vr: 'UR', Value: [`/dicomweb/cases/${registrationNumber}/studies/${i.studyInstanceUid}/series/${i.seriesInstanceUid}/instances/${i.sopInstanceUid}`] },
    ...(i.status === 'QUARANTINED' ? { '00081196': { vr: 'US', Value: [0xb000] }, '00000902': { vr: 'LO', Value: ['QUARANTINED: held for the data center'] } } : {}),
  };
}

