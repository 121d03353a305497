import type { NextFunction, Request, Response } from 'express';

/** How long one request may take on a route. */
export interface RouteTimeouts {
  /** From the end of the headers to the last byte of the body. */
  bodyMs: number;
  /** From the end of the headers to the last byte of the response. */
  requestMs: number;
  /** Longest silence on the socket (nothing read, nothing written) while the request is open. */
  idleMs: number;
}

/**
 * GraphQL, health and everything not named otherwise: a GraphQL body is at most 1 MB, so
 * a client that needs more than 30 s to send it is holding a connection, not sending.
 * Idleness counts the server's own silence too (a resolver thinking), so here it is as
 * long as the request: the body bound is what stops a drip-feeding client.
 */
export const SHORT_REQUEST: RouteTimeouts = { bodyMs: 30_000, requestMs: 60_000, idleMs: 60_000 };

/**
 * DICOMweb: an upload of up to 4 GiB over a slow hospital link (4 GiB at 2 Mbit/s: 4.5 h),
 * or a download of the same size, but never two minutes without a byte.
 */
export const LONG_TRANSFER: RouteTimeouts = { bodyMs: 6 * 3600_000, requestMs: 6 * 3600_000 + 60_000, idleMs: 120_000 };

export interface RouteTimeoutPolicy {
  default: RouteTimeouts;
  /** Path prefixes with their own window (the first that matches wins). */
  routes: { path: string; timeouts: RouteTimeouts }[];
}

export function timeoutsFor(policy: RouteTimeoutPolicy, path: string): RouteTimeouts {
  const match = policy.routes.find((r) => path === r.path || path.startsWith(`${r.path}/`));
  return match?.timeouts ?? policy.default;
}

/**
 * Bounds each request by its route's window. Node's own `requestTimeout` is one number
 * for the whole server, so it is set to the longest window and each request gets its own
 * timers here: the body, the whole exchange, and idleness (the socket's own timeout, which
 * Node answers by destroying the socket, and replaces by the keep-alive timeout once the
 * response is done). A request cut off before its response answers 408 and closes the
 * connection; one cut off mid-response loses its socket.
 */
export function boundRequests(policy: RouteTimeoutPolicy) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const limits = timeoutsFor(policy, req.path);
    req.socket.setTimeout(limits.idleMs);
    const body = setTimeout(() => {
      if (!req.complete) cutOff(res, 'The request body did not arrive in time');
    }, limits.bodyMs);
    const whole = setTimeout(() => {
      if (!res.writableFinished) cutOff(res, 'The request took too long');
    }, limits.requestMs);
    body.unref();
    whole.unref();
    res.once('close', () => {
      clearTimeout(body);
      clearTimeout(whole);
    });
    next();
  };
}

function cutOff(res: Response, message: string): void {
  if (res.headersSent) {
    res.socket?.destroy();
    return;
  }
  res.once('finish', () => res.socket?.destroy());
  res
    .status(408)
    .set('connection', 'close')
    .json({ errors: [{ message, extensions: { code: 'REQUEST_TIMEOUT' } }] });
}
