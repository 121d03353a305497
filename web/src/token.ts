/**
 * The access token lives in this module's memory only: never localStorage or
 * sessionStorage, so a script injected into the page cannot carry it away from storage,
 * and closing the tab ends the session.
 */
let current: string | null = null;

export function accessToken(): string | null {
  return current;
}

export function setAccessToken(token: string | null): void {
  current = token;
}
