import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { CryptoKey } from 'jose';
import { verifyInternalToken, type Viewer } from '@registry/auth';
import type { Logger } from '@registry/logging';
import type { CasesContext } from '../context.ts';

/** What an HTTP route beside GraphQL needs (DICOMweb, the report downloads). */
export interface InternalRouteOptions {
  /** The audience of the gateway's internal tokens: the subgraph's name. */
  subgraph: string;
  internalPublicKey: CryptoKey;
  logger: Logger;
  context(viewer: Viewer): CasesContext;
}

const BEARER = /^Bearer (.+)$/i;

/**
 * Every request carries the token the gateway signed for this subgraph, exactly like
 * GraphQL: 401 otherwise. The verified viewer is `res.locals.viewer` (read it with `viewerOf`).
 */
export function internalViewer(options: InternalRouteOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const match = BEARER.exec(req.headers.authorization ?? '');
    try {
      if (!match?.[1]) throw new Error('no token');
      res.locals['viewer'] = (await verifyInternalToken(match[1], options.subgraph, options.internalPublicKey)).viewer;
      next();
    } catch {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
    }
  };
}

/** The request's viewer, as `internalViewer` verified it. */
export const viewerOf = (res: Response): Viewer => res.locals['viewer'] as Viewer;

/** The HTTP status of a refusal by its code (docs/errors.md). */
const statusOf = (code: string | undefined) =>
  code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' || code === 'RULE_VIOLATION' ? 400 : 500;

/**
 * The last handler of such a router: a refusal is JSON with its code, message, and the field
 * and rule it names; anything else is logged and answered 500 without its text.
 */
export function refusalHandler(logger: Logger, failed: string) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    void next;
    const ext = (err as { extensions?: { code?: string; field?: string; rule?: string } }).extensions;
    const status = statusOf(ext?.code);
    if (status === 500) logger.error({ err }, failed);
    if (res.headersSent) return void res.destroy();
    res.status(status).json({ error: ext?.code ?? 'INTERNAL_SERVER_ERROR', ...(status < 500 ? { message: (err as Error).message, field: ext?.field, rule: ext?.rule } : {}) });
  };
}
