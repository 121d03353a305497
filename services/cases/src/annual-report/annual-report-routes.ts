import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import type { CryptoKey } from 'jose';
import { verifyInternalToken, type Viewer } from '@registry/auth';
import type { Logger } from '@registry/logging';
import type { CasesContext } from '../context.ts';

export interface ReportRouteOptions {
  /** The audience of the gateway's internal tokens: the subgraph's name. */
  subgraph: string;
  internalPublicKey: CryptoKey;
  logger: Logger;
  context(viewer: Viewer): CasesContext;
}

const BEARER = /^Bearer (.+)$/i;

/** The HTTP status of a refusal, as DICOMweb answers it (docs/errors.md codes). */
const statusOf = (code: string | undefined) =>
  code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' || code === 'RULE_VIOLATION' ? 400 : 500;

/**
 * [R27][R41] The annual report as CSV, at `/reports/annual/{year}.csv` beside GraphQL: the
 * gateway proxies `/reports` here with the internal token it signs for `cases`, exactly as
 * for DICOMweb, and the same service decides who reads it (`annualReport`'s rule). A
 * refusal is JSON with the code and, for bad input, the field.
 */
export function mountAnnualReportRoutes(app: express.Express, options: ReportRouteOptions): void {
  const router = express.Router();
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
  router.get('/annual/:year.csv', async (req: Request, res: Response) => {
    const raw = String(req.params['year']);
    const year = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
    const csv = await options.context(res.locals['viewer'] as Viewer).annualReports.csv(year);
    res
      .status(200)
      .type('text/csv; charset=utf-8; header=present')
      .setHeader('content-disposition', `attachment; filename="cto-pci-annual-report-${year}.csv"`)
      .send(csv);
  });
  router.use((req: Request, res: Response) => {
    res.status(404).json({ error: 'NOT_FOUND', message: `No report at ${req.method} ${req.baseUrl}${req.path}; a year's CSV is /reports/annual/{year}.csv` });
  });
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    void next;
    const ext = (err as { extensions?: { code?: string; field?: string; rule?: string } }).extensions;
    const status = statusOf(ext?.code);
    if (status === 500) options.logger.error({ err }, 'annual report download failed');
    if (res.headersSent) return void res.destroy();
    res.status(status).json({ error: ext?.code ?? 'INTERNAL_SERVER_ERROR', ...(status < 500 ? { message: (err as Error).message, field: ext?.field, rule: ext?.rule } : {}) });
  });
  app.use('/reports', router);
}
