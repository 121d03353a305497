import type { Request, Response } from 'express';
import express from 'express';
import { internalViewer, refusalHandler, viewerOf, type InternalRouteOptions } from '../shared/internal-routes.ts';

/**
 * [R27][R41] The annual report as CSV, at `/reports/annual/{year}.csv` beside GraphQL: the
 * gateway proxies `/reports` here with the internal token it signs for `cases`, exactly as
 * for DICOMweb, and the same service decides who reads it (`annualReport`'s rule). A
 * refusal is JSON with the code and, for bad input, the field.
 */
export function mountAnnualReportRoutes(app: express.Express, options: InternalRouteOptions): void {
  const router = express.Router();
  router.use(internalViewer(options));
  router.get('/annual/:year.csv', async (req: Request, res: Response) => {
    const raw = String(req.params['year']);
    const year = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
    const csv = await options.context(viewerOf(res)).annualReports.csv(year);
    res
      .status(200)
      .type('text/csv; charset=utf-8; header=present')
      .setHeader('content-disposition', `attachment; filename="cto-pci-annual-report-${year}.csv"`)
      .send(csv);
  });
  router.use((req: Request, res: Response) => {
    res.status(404).json({ error: 'NOT_FOUND', message: `No report at ${req.method} ${req.baseUrl}${req.path}; a year's CSV is /reports/annual/{year}.csv` });
  });
  router.use(refusalHandler(options.logger, 'annual report download failed'));
  app.use('/reports', router);
}
