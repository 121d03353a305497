import express, { type Express, type Request, type Response } from 'express';
import { ANONYMOUS } from '@registry/auth';
import { mayHaveChangedEntities } from '@registry/http-host';
import type { Logger } from '@registry/logging';
import type { InternalTokenIssuer } from './internal-tokens.ts';

/** The refresh token's cookie: sent only to these routes (Path), never readable by script. */
export const SESSION_COOKIE = 'registry_session';
export const SESSION_PATH = '/auth';

export interface SessionRoutesOptions {
  operatorsUrl: string;
  issuer: InternalTokenIssuer;
  logger: Logger;
  timeoutMs?: number;
  /** The gateway's fetch to its subgraphs (it fails over between their processes). */
  fetch?: typeof fetch;
  /** A session step's answer did not say it changed no cached entity (every step says so today) [#17.1]. */
  entitiesChanged?: () => void;
}

interface SessionPayload {
  auth: { token: string; expiresAt: string; mustChangePassword: boolean; viewer: { id: string; loginId: string; name: string; roles: string[] } };
  refreshToken: string;
  refreshExpiresAt: string;
}

interface SubgraphAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const SELECTION = '{ auth { token expiresAt mustChangePassword viewer { id loginId name roles } } refreshToken refreshExpiresAt }';
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503, FORBIDDEN: 403 };

/**
 * The browser's session (docs/decisions.md "Refresh by REST routes on the gateway"):
 * `POST /auth/login` (operator ID and password), `POST /auth/refresh` and `POST /auth/logout`
 * carry the refresh token in an HttpOnly, SameSite=Strict cookie scoped to /auth, Secure
 * when the request came over HTTPS. The body answers only the short access token (kept in
 * the page's memory). The operators subgraph keeps the families and rotates the tokens;
 * this route only moves the token between its cookie and that subgraph.
 */
export function mountSessionRoutes(app: Express, options: SessionRoutesOptions): void {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<SubgraphAnswer<T>> => {
    const token = await options.issuer.tokenFor(ANONYMOUS, 'operators');
    const response = await (options.fetch ?? fetch)(options.operatorsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    if (mayHaveChangedEntities(response.headers)) options.entitiesChanged?.();
    return (await response.json()) as SubgraphAnswer<T>;
  };

  const router = express.Router();
  router.use(express.json({ limit: '4kb' }));
  // A cross-site page cannot send JSON without a preflight we never answer, and the cookie
  // is SameSite=Strict; a foreign Origin is refused outright (login CSRF included).
  router.use((req, res, next) => {
    const origin = req.get('origin');
    if (req.method !== 'POST' || !req.is('application/json') || (origin && new URL(origin).host !== req.get('host'))) {
      res.status(403).json(refusal('FORBIDDEN', 'Session routes take a same-origin JSON POST'));
      return;
    }
    next();
  });

  const step = (name: 'openSession' | 'refreshSession', query: string, variables: (req: Request) => Record<string, unknown> | null) =>
    async (req: Request, res: Response) => {
      const vars = variables(req);
      if (!vars) {
        clearCookie(req, res);
        res.status(401).json(refusal('UNAUTHENTICATED', 'No session: log in'));
        return;
      }
      try {
        const answer = await call<Record<string, SessionPayload>>(query, vars);
        const payload = answer.data?.[name];
        if (!payload) {
          const code = answer.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
          // A refused token is dead; an unavailable subgraph is not the token's fault.
          if (name === 'refreshSession' && (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT')) clearCookie(req, res);
          res.status(STATUS[code] ?? 500).json(refusal(code, code in STATUS ? (answer.errors?.[0]?.message ?? code) : 'Unexpected error'));
          return;
        }
        res.cookie(SESSION_COOKIE, payload.refreshToken, { ...cookieOptions(req), expires: new Date(payload.refreshExpiresAt) });
        res.setHeader('Cache-Control', 'no-store');
        res.json(payload.auth);
      } catch (error) {
        options.logger.warn({ err: error }, `session ${name} could not reach the operators subgraph`);
        res.status(503).json(refusal('SERVICE_UNAVAILABLE', 'Temporarily unavailable'));
      }
    };

  router.post(
    '/login',
    step('openSession', `mutation($id: String!, $pw: String!) { openSession(operatorId: $id, password: $pw) ${SELECTION} }`, (req) => {
      const body = (req.body ?? {}) as { operatorId?: unknown; password?: unknown };
      return { id: typeof body.operatorId === 'string' ? body.operatorId : '', pw: typeof body.password === 'string' ? body.password : '' };
    }),
  );
  router.post(
    '/refresh',
    step('refreshSession', `mutation($t: String!) { refreshSession(refreshToken: $t) ${SELECTION} }`, (req) => {
      const token = readCookie(req, SESSION_COOKIE);
      return token ? { t: token } : null;
    }),
  );
  router.post('/logout', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    clearCookie(req, res);
    if (token) {
      try {
        await call('mutation($t: String!) { endSession(refreshToken: $t) }', { t: token });
      } catch (error) {
        options.logger.warn({ err: error }, 'logout could not reach the operators subgraph; the session ends at its expiry');
      }
    }
    res.status(204).end();
  });
  app.use(SESSION_PATH, router);
}

function refusal(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * HTTPS as this process sees it, or as a reverse proxy on the same host says it was
 * (X-Forwarded-Proto is believed from a loopback peer only).
 */
function overHttps(req: Request): boolean {
  if (req.secure) return true;
  const peer = req.socket.remoteAddress ?? '';
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  return loopback && req.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

function cookieOptions(req: Request) {
  return { httpOnly: true, secure: overHttps(req), sameSite: 'strict' as const, path: SESSION_PATH };
}

function clearCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}
