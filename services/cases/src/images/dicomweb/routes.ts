import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import express from 'express';
import { internalViewer, refusalHandler, viewerOf, type InternalRouteOptions } from '../../shared/internal-routes.ts';
import { DicomRefusal } from '../dicom/refusal.ts';
import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';
import { acceptsFrames, FRAMES_NOT_ACCEPTABLE, frameType } from './frames.ts';
import { boundaryOf, readParts } from './multipart.ts';
import { searchResults } from './dicom-json.ts';
import { parseQido } from './qido.ts';
import type { QidoLevel } from './query-attributes.ts';
import { storeInstances } from './stow.ts';

const DICOM_JSON = 'application/dicom+json';

/**
 * DICOMweb beside GraphQL, at `/dicomweb/cases/{registrationNumber}`: the base URL a viewer
 * (OHIF) is given for one case. STOW-RS stores into a series slot (`?kind=` or an upload
 * announced through GraphQL, `?upload=`), QIDO-RS lists studies and series, WADO-RS returns
 * metadata, instances and frames. Every request carries the token the gateway signed for
 * this subgraph, exactly like GraphQL: 401 otherwise. The same services decide who sees
 * what as in GraphQL.
 */
export function mountDicomweb(app: express.Express, options: InternalRouteOptions): void {
  const router = express.Router({ mergeParams: true });
  router.use(internalViewer(options));
  const ctx = (res: Response) => options.context(viewerOf(res));
  const rn = (req: Request) => String(req.params['registrationNumber']);
  const uids = (req: Request) => ({
    studyInstanceUid: String(req.params['study']),
    ...(req.params['series'] ? { seriesInstanceUid: String(req.params['series']) } : {}),
    ...(req.params['instance'] ? { sopInstanceUid: String(req.params['instance']) } : {}),
  });

  router.post('/studies', async (req, res) => {
    const type = req.headers['content-type'] ?? '';
    const query = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    const uploads = ctx(res).imageUploads;
    const parts = /^application\/dicom\b/i.test(type)
      ? singlePart
      : /^multipart\/related\b/i.test(type) && boundaryOf(type)
        ? (body: AsyncIterable<Buffer>) => readParts(body, boundaryOf(type)!)
        : undefined;
    if (!parts) {
      const refusal = { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send multipart/related; type="application/dicom" (STOW-RS) with its boundary, or application/dicom' };
      options.logger.info({ code: refusal.code }, 'STOW-RS request refused');
      await uploads.refused(rn(req), query('upload'), refusal);
      res.status(415).json({ error: refusal.code, message: refusal.message });
      return;
    }
    const length = Number(req.headers['content-length']);
    try {
      const { status, body } = await storeInstances(uploads, {
        registrationNumber: rn(req),
        kind: query('kind'),
        uploadId: query('upload'),
        bytesExpected: Number.isSafeInteger(length) ? length : null,
        parts: (counted) => parts(counted),
        body: req,
        onRefusal: (err) => options.logger.info({ code: err instanceof DicomRefusal ? err.code : 'MALFORMED_MULTIPART' }, 'DICOM upload refused'),
      });
      res.status(status).type(status === 400 ? 'application/json' : DICOM_JSON).send(JSON.stringify(body));
    } catch (err) {
      // Refused before a file was read (too large, no such slot): an announced upload ends with the reason.
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      if (code && code !== 'INTERNAL_SERVER_ERROR') await uploads.refused(rn(req), query('upload'), { code, message: (err as Error).message });
      throw err;
    }
  });

  // QIDO-RS (PS3.18 10.6): every search of the three levels, with and without the UIDs above them in the path.
  const search = (level: QidoLevel) => async (req: Request, res: Response) => {
    const query = parseQido(req.query as Record<string, unknown>);
    const { instances } = await ctx(res).imageLibrary.instancesOf(rn(req), req.params['study'] ? uids(req) : {});
    const results = searchResults(level, instances, query, { registrationNumber: rn(req), studyInPath: !!req.params['study'], seriesInPath: !!req.params['series'] });
    if (query.warnings.length > 0) res.setHeader('Warning', query.warnings);
    res.type(DICOM_JSON).send(JSON.stringify(results));
  };
  router.get('/studies', search('study'));
  router.get('/series', search('series'));
  router.get('/studies/:study/series', search('series'));
  router.get('/instances', search('instance'));
  router.get('/studies/:study/instances', search('instance'));
  router.get('/studies/:study/series/:series/instances', search('instance'));
  const metadata = async (req: Request, res: Response) => {
    const library = ctx(res).imageLibrary;
    const { access, instances } = await library.instancesOf(rn(req), uids(req));
    if (instances.length === 0) return void res.status(404).json({ error: 'NOT_FOUND' });
    const out = [];
    for (const i of instances) out.push(await library.metadata(i, access));
    res.type(DICOM_JSON).send(JSON.stringify(out));
  };
  router.get('/studies/:study/metadata', metadata);
  router.get('/studies/:study/series/:series/metadata', metadata);
  router.get('/studies/:study/series/:series/instances/:instance/metadata', metadata);

  const sendInstances = async (req: Request, res: Response) => {
    const library = ctx(res).imageLibrary;
    const { access, instances } = await library.instancesOf(rn(req), uids(req));
    if (instances.length === 0) return void res.status(404).json({ error: 'NOT_FOUND' });
    await sendMultipart(res, 'application/dicom', instances.map((i) => ({ type: 'application/dicom', body: library.open(i, access) })));
  };
  router.get('/studies/:study', sendInstances);
  router.get('/studies/:study/series/:series', sendInstances);
  router.get('/studies/:study/series/:series/instances/:instance', sendInstances);

  router.get('/studies/:study/series/:series/instances/:instance/frames/:frames', async (req, res) => {
    const library = ctx(res).imageLibrary;
    const { instances } = await library.instancesOf(rn(req), uids(req));
    const instance: ImageInstanceRecord | undefined = instances[0];
    if (!instance) return void res.status(404).json({ error: 'NOT_FOUND' });
    if (!acceptsFrames(req.headers.accept, instance.transferSyntaxUid)) return void res.status(406).json(FRAMES_NOT_ACCEPTABLE);
    const numbers = String(req.params['frames']).split(',').map((n) => Number(n.trim()));
    const type = frameType(instance.transferSyntaxUid);
    await sendMultipart(res, type, library.frames(instance, numbers).map((body) => ({ type, body })));
  });

  // A path no DICOMweb service answers is a JSON 404, never Express's HTML page.
  router.use((req: Request, res: Response) => {
    res.status(404).json({ error: 'NOT_FOUND', message: `No DICOMweb resource at ${req.method} ${req.baseUrl}${req.path}` });
  });
  router.use(refusalHandler(options.logger, 'DICOMweb request failed'));
  app.use('/dicomweb/cases/:registrationNumber', router);
  app.use('/dicomweb', (req: Request, res: Response) => {
    res.status(404).json({ error: 'NOT_FOUND', message: `No DICOMweb resource at ${req.method} ${req.originalUrl.split('?')[0]}; a case's base URL is /dicomweb/cases/{registrationNumber}` });
  });
}

async function* singlePart(body: AsyncIterable<Buffer>) {
  yield { headers: {}, body };
}

/** A multipart/related answer (PS3.18 8.7.3.3), each part streamed with backpressure. */
async function sendMultipart(res: Response, type: string, parts: { type: string; body: AsyncIterable<Buffer> }[]): Promise<void> {
  const boundary = `dicomweb-${randomBytes(12).toString('hex')}`;
  res.status(200).type(`multipart/related; type="${type.split(';')[0]}"; boundary=${boundary}`);
  for (const part of parts) {
    res.write(`--${boundary}\r\nContent-Type: ${part.type}\r\n\r\n`);
    for await (const chunk of part.body) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
    res.write('\r\n');
  }
  res.end(`--${boundary}--\r\n`);
}
