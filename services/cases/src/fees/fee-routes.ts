import type { Request, Response } from 'express';
import express from 'express';
import { internalViewer, refusalHandler, viewerOf, type InternalRouteOptions } from '../shared/internal-routes.ts';

/**
 * [R20] An issued fee statement as CSV, at `/reports/fees/{id}.csv`: proxied by the gateway
 * under `/reports` like the annual report's CSV, with the internal token it signs; the
 * same service decides who reads it (the secretariat, the data center, the facility).
 * Mounted before the annual report's router, whose last handler answers every other path.
 */
export function mountFeeRoutes(app: express.Express, options: InternalRouteOptions): void {
  const router = express.Router();
  router.use(internalViewer(options));
  router.get('/:id.csv', async (req: Request, res: Response) => {
    const { number, csv } = await options.context(viewerOf(res)).feeStatements.csv(String(req.params['id']));
    res
      .status(200)
      .type('text/csv; charset=utf-8; header=present')
      .setHeader('content-disposition', `attachment; filename="${number}.csv"`)
      .send(csv);
  });
  router.use(refusalHandler(options.logger, 'fee statement download failed'));
  app.use('/reports/fees', router);
}
