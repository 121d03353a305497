import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import type express from 'express';
import type { Logger } from '@registry/logging';
import { authenticate, isUnavailable, type UserAuth } from './auth/user-auth.ts';
import type { InternalTokenIssuer } from './auth/internal-tokens.ts';

const FORWARDED_HEADERS = ['content-type', 'content-length', 'accept', 'transfer-encoding'];

/**
 * DICOMweb (STOW-RS, QIDO-RS, WADO-RS) is served by the cases subgraph beside its GraphQL.
 * The gateway verifies the user token and calls it with the internal token it signs for
 * `cases`, exactly as for GraphQL; bodies stream both ways (uploads of hundreds of MB,
 * retrievals), nothing is buffered here. Anonymous requests are refused: images are for
 * signed-in registry members only [R5][R21a].
 *
 * The annual report's CSV (`/reports`, [R27][R41]) is served by the cases subgraph beside
 * GraphQL too, and proxied the same way: `prefix` names the path mounted.
 */
export function mountDicomwebProxy(app: express.Express, options: { casesUrl: string; userAuth: UserAuth; issuer: InternalTokenIssuer; logger: Logger; prefix?: '/dicomweb' | '/reports' }): void {
  const target = new URL(options.casesUrl);
  const prefix = options.prefix ?? '/dicomweb';
  app.use(prefix, async (req, res) => {
    let token: string;
    try {
      const { viewer } = await authenticate(req.headers.authorization, options.userAuth);
      if (viewer.roles.length === 0) throw new Error('anonymous');
      token = await options.issuer.tokenFor(viewer, 'cases');
    } catch (err) {
      if (isUnavailable(err)) res.status(503).setHeader('retry-after', '1').json({ error: 'SERVICE_UNAVAILABLE' });
      else res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${token}` };
    for (const h of FORWARDED_HEADERS) if (req.headers[h] !== undefined) headers[h] = req.headers[h];
    const request = target.protocol === 'https:' ? https.request : http.request;
    const upstream = request(
      { protocol: target.protocol, hostname: target.hostname, port: target.port, method: req.method, path: `${prefix}${req.url}`, headers },
      (answer) => {
        res.status(answer.statusCode ?? 502);
        for (const h of ['content-type', 'content-length', 'content-disposition']) if (answer.headers[h] !== undefined) res.setHeader(h, answer.headers[h]!);
        pipeline(answer, res).catch(() => undefined);
      },
    );
    upstream.on('error', (err) => {
      if (res.writableEnded || req.destroyed) return;
      options.logger.error({ err, prefix }, 'cases upstream failed');
      if (!res.headersSent) res.status(502).json({ error: 'BAD_GATEWAY' });
      else res.destroy();
    });
    // A client that goes away mid-upload or mid-download ends the upstream request too, so
    // the cases service stops reading and marks the upload FAILED.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    pipeline(req, upstream).catch(() => undefined);
  });
}
