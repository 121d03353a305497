import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { internalViewer, refusalHandler, viewerOf, type InternalRouteOptions } from '../shared/internal-routes.ts';

/**
 * [R21a][T7.2][#11] A release's encrypted package at `/reports/releases/{releaseId}.age`,
 * proxied by the gateway under `/reports` with the internal token it signs; the release
 * service decides who may download it. The body streams from the database a few chunks at a
 * time, with its length and SHA-256 in the headers, so a release of any size is sent in
 * bounded memory. Mounted before the annual report's router, whose last handler answers
 * every other path.
 */
export function mountReleaseRoutes(app: express.Express, options: InternalRouteOptions): void {
  const router = express.Router();
  router.use(internalViewer(options));
  router.get('/:id.age', async (req: Request, res: Response, next: NextFunction) => {
    const download = await options.context(viewerOf(res)).releases.download(String(req.params['id']));
    res
      .status(200)
      .type('application/octet-stream')
      .setHeader('content-length', String(download.bytes))
      .setHeader('content-disposition', `attachment; filename="${download.filename}"`)
      .setHeader('x-content-sha256', download.sha256);
    try {
      await pipeline(Readable.from(download.chunks), res);
    } catch (err) {
      // A client gone mid-download is no failure of ours; anything else goes to the refusal handler (which ends the response).
      if (!req.socket.destroyed) next(err);
    }
  });
  router.use(refusalHandler(options.logger, 'data release download failed'));
  app.use('/reports/releases', router);
}
