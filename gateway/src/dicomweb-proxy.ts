import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import type express from 'express';
import type { Logger } from '@registry/logging';
import { authenticate, isUnavailable, type UserAuth } from './auth/user-auth.ts';
import type { InternalTokenIssuer } from './auth/internal-tokens.ts';
import { neverConnected, type SubgraphEndpoints } from './endpoints.ts';

const FORWARDED_HEADERS = ['content-type', 'content-length', 'accept', 'transfer-encoding'];

export interface DicomwebProxyOptions {
  /** The processes of the cases subgraph; each request goes to the next healthy one [#17]. */
  endpoints: SubgraphEndpoints;
  userAuth: UserAuth;
  issuer: InternalTokenIssuer;
  logger: Logger;
  prefix?: '/dicomweb' | '/reports';
}

/**
 * DICOMweb (STOW-RS, QIDO-RS, WADO-RS) is served by the cases subgraph beside its GraphQL.
 * The gateway verifies the user token and calls it with the internal token it signs for
 * `cases`, exactly as for GraphQL; bodies stream both ways (uploads of hundreds of MB,
 * retrievals), nothing is buffered here. Anonymous requests are refused: images are for
 * signed-in registry members only [R5][R21a].
 *
 * The annual report's CSV (`/reports`, [R27][R41]) is served by the cases subgraph beside
 * GraphQL too, and proxied the same way: `prefix` names the path mounted.
 *
 * With several processes of `cases` (#17, replicas) a request goes to the next in turn; one
 * that refuses the connection is left out and the request goes to the next. The client's
 * body is read only once a connection is made, so an upload that failed over is sent whole.
 */
export function mountDicomwebProxy(app: express.Express, options: DicomwebProxyOptions): void {
  const prefix = options.prefix ?? '/dicomweb';
  const primary = options.endpoints.primary('cases');
  if (!primary) throw new Error('no URL configured for subgraph cases: it serves DICOMweb and the reports');
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
    forward(options.endpoints.order(primary), { req, res, headers, prefix, endpoints: options.endpoints, logger: options.logger });
  });
}

interface Forwarding {
  req: express.Request;
  res: express.Response;
  headers: http.OutgoingHttpHeaders;
  prefix: string;
  endpoints: SubgraphEndpoints;
  logger: Logger;
}

/** Sends the request to the first candidate that accepts a connection. */
function forward(candidates: string[], f: Forwarding): void {
  const [candidate, ...rest] = candidates;
  const target = new URL(candidate!);
  const request = target.protocol === 'https:' ? https.request : http.request;
  let connected = false;
  const upstream = request(
    { protocol: target.protocol, hostname: target.hostname, port: target.port, method: f.req.method, path: `${f.prefix}${f.req.url}`, headers: f.headers },
    (answer) => {
      f.res.status(answer.statusCode ?? 502);
      for (const h of ['content-type', 'content-length', 'content-disposition']) if (answer.headers[h] !== undefined) f.res.setHeader(h, answer.headers[h]!);
      pipeline(answer, f.res).catch(() => undefined);
    },
  );
  const onClose = () => {
    if (!f.res.writableFinished) upstream.destroy();
  };
  upstream.on('error', (err) => {
    if (!connected && refused(err) && rest.length > 0 && !f.req.destroyed) {
      f.endpoints.down(candidate!);
      f.res.off('close', onClose);
      forward(rest, f);
      return;
    }
    if (f.res.writableEnded || f.req.destroyed) return;
    f.logger.error({ err, prefix: f.prefix, upstream: candidate }, 'cases upstream failed');
    if (!f.res.headersSent) f.res.status(502).json({ error: 'BAD_GATEWAY' });
    else f.res.destroy();
  });
  // A client that goes away mid-upload or mid-download ends the upstream request too, so
  // the cases service stops reading and marks the upload FAILED.
  f.res.on('close', onClose);
  upstream.on('socket', (socket) => {
    const start = () => {
      connected = true;
      f.endpoints.up(candidate!);
      pipeline(f.req, upstream).catch(() => undefined);
    };
    if (socket.connecting) socket.once('connect', start);
    else start();
  });
}

/** A connection the process refused (or a name that does not resolve): the request never left. */
function refused(err: unknown): boolean {
  return neverConnected({ cause: err }) || neverConnected(err);
}
