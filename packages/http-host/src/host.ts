import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { WebSocketServer } from 'ws';
import type { Logger } from '@registry/logging';
import { capConnectionsPerClient } from './client-connections.ts';
import { boundRequests, LONG_TRANSFER, SHORT_REQUEST, type RouteTimeoutPolicy } from './route-timeouts.ts';

/** WebSocket close code "going away": the server is stopping, reconnect (elsewhere). */
export const GOING_AWAY = 1001;

export interface HttpLimits {
  /** Time for a request's headers to arrive, every route alike. */
  headersMs: number;
  /** An idle keep-alive connection is closed after this; longer than clients' own idle timeouts. */
  keepAliveMs: number;
  timeouts: RouteTimeoutPolicy;
  /** Open connections per client address; 0 for no cap. */
  maxConnectionsPerClient: number;
  /** How long `stop` lets in-flight requests and WebSockets finish before cutting them. */
  shutdownGraceMs: number;
}

export const DEFAULT_LIMITS: HttpLimits = {
  headersMs: 10_000,
  // Node closes idle keep-alive sockets after 5 s; a client (the gateway's fetch, a
  // browser) reusing one at that moment gets ECONNRESET. Outlive the clients' idle timeout.
  keepAliveMs: 65_000,
  timeouts: { default: SHORT_REQUEST, routes: [{ path: '/dicomweb', timeouts: LONG_TRANSFER }] },
  maxConnectionsPerClient: 256,
  shutdownGraceMs: 3_000,
};

export type Readiness = { ready: true } | { ready: false } | ({ ready: boolean } & Record<string, unknown>);

export interface HttpHostOptions {
  /** The service's name, in health answers and logs. */
  name: string;
  logger: Logger;
  /** Whether the service can serve (its database, its subgraphs); extra keys are reported. */
  ready(): Promise<Readiness>;
  limits?: Partial<HttpLimits>;
}

export interface HttpHost {
  readonly app: express.Express;
  readonly httpServer: http.Server;
  readonly limits: HttpLimits;
  /** True from the moment `stop` is called: /readyz answers 503 so balancers look elsewhere. */
  readonly draining: boolean;
  /** WebSockets to close with 1001 on stop, and to cut after the grace period. */
  trackWebSockets(server: WebSocketServer): void;
  /** Runs when stopping starts, beside the HTTP drain (graphql-ws dispose, for one). */
  onDrain(hook: () => Promise<void> | void): void;
  /** Listens on `port` (0 for any); resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /**
   * Graceful and bounded: stops accepting, closes idle keep-alive sockets, tells every
   * WebSocket 1001, lets in-flight requests finish (their connections close after the
   * response), then after `shutdownGraceMs` cuts whatever is left. Resolves when the
   * server is closed.
   */
  stop(): Promise<void>;
}

/**
 * The one HTTP host of the gateway and every subgraph: express, health routes, listen,
 * per-route timeouts, a cap of connections per client, and a shutdown that ends.
 */
export function createHttpHost(options: HttpHostOptions): HttpHost {
  const limits: HttpLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const { logger, name } = options;
  const app = express();
  app.disable('x-powered-by');
  // Node checks the headers and request bounds on this interval (30 s by default): a client
  // dripping its headers would otherwise hold its socket up to 30 s past `headersMs`.
  const httpServer = http.createServer({ connectionsCheckingInterval: Math.min(1_000, limits.headersMs) }, app);
  httpServer.keepAliveTimeout = limits.keepAliveMs;
  httpServer.headersTimeout = limits.headersMs;
  // One number for the server: the longest route's window. Each route's own is enforced per request.
  httpServer.requestTimeout = Math.max(limits.timeouts.default.requestMs, ...limits.timeouts.routes.map((r) => r.timeouts.requestMs));
  capConnectionsPerClient(httpServer, limits.maxConnectionsPerClient);

  const webSockets: WebSocketServer[] = [];
  const drainHooks: (() => Promise<void> | void)[] = [];
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  let stopping: Promise<void> | undefined;

  app.use((req, res, next) => {
    // While draining, a request on a kept-alive socket is still served, then the socket closes.
    if (draining) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    next();
  });
  app.use(boundRequests(limits.timeouts));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: name });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'draining', service: name });
    try {
      const { ready, ...details } = await options.ready();
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service: name, ...details });
    } catch (err) {
      logger.warn({ err }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: name });
    }
  });

  async function drain(): Promise<void> {
    const started = Date.now();
    draining = true;
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    httpServer.closeIdleConnections();
    for (const wss of webSockets) for (const client of wss.clients) client.close(GOING_AWAY, 'Server shutting down');
    const hooks = Promise.all(drainHooks.map(async (hook) => hook())).catch((err: unknown) => logger.warn({ err }, 'drain hook failed'));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'grace'>((resolve) => (timer = setTimeout(() => resolve('grace'), limits.shutdownGraceMs)));
    const outcome = await Promise.race([Promise.all([closed, hooks]).then(() => 'drained' as const), grace]);
    clearTimeout(timer);
    if (outcome === 'grace') {
      logger.warn({ inFlight: inFlight.size }, 'shutdown grace over: closing what is left');
      for (const wss of webSockets) for (const client of wss.clients) client.terminate();
      httpServer.closeAllConnections();
      await closed;
    }
    logger.info({ ms: Date.now() - started }, 'stopped');
  }

  return {
    app,
    httpServer,
    limits,
    get draining() {
      return draining;
    },
    trackWebSockets(server) {
      webSockets.push(server);
    },
    onDrain(hook) {
      drainHooks.push(hook);
    },
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const refused = (err: NodeJS.ErrnoException) =>
          reject(err.code === 'EADDRINUSE' ? new Error(`${name}: port ${port} on ${host} is already in use`, { cause: err }) : err);
        httpServer.once('error', refused);
        httpServer.listen(port, host, () => {
          httpServer.off('error', refused);
          const { port: actual } = httpServer.address() as AddressInfo;
          logger.info({ port: actual }, `${name} listening`);
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`);
        });
      });
    },
    stop() {
      stopping ??= drain();
      return stopping;
    },
  };
}
