import type { SessionViewer } from './auth';

/** What /auth/login and /auth/refresh answer: the short access token, never the refresh token. */
export interface SessionGrant {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  viewer: SessionViewer;
}

/** A refusal of the session routes, with the API's code (docs/errors.md). */
export class SessionError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'SessionError';
  }
}

async function post(route: 'login' | 'refresh' | 'logout', body: object = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`/auth/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new SessionError('NETWORK');
  }
  if (!response.ok && response.status !== 204) {
    const answer = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    throw new SessionError(answer.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  return response;
}

/** Logs in; the gateway sets the refresh cookie (HttpOnly, scoped to /auth). */
export async function logIn(operatorId: string, password: string): Promise<SessionGrant> {
  return (await (await post('login', { operatorId, password })).json()) as SessionGrant;
}

let inFlight: Promise<SessionGrant> | null = null;

/**
 * A new access token from the refresh cookie, which the gateway rotates. One refresh at a
 * time: within the page (one promise) and across tabs (a Web Lock), since two refreshes
 * with the same cookie look like a stolen token and end the session.
 */
export function refresh(): Promise<SessionGrant> {
  inFlight ??= (async () => {
    const run = async () => (await (await post('refresh')).json()) as SessionGrant;
    try {
      return navigator.locks ? await navigator.locks.request('registry-session-refresh', run) : await run();
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/** Ends the session on the server and clears the cookie; the page forgets its token. */
export async function logOut(): Promise<void> {
  await post('logout').catch(() => undefined);
}
