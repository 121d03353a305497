import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reconnectLive } from './apollo';
import { logOut, refresh, type SessionGrant } from './session';
import { setAccessToken } from './token';

export interface SessionViewer {
  id: string;
  loginId: string;
  name: string;
  roles: readonly string[];
}

export interface Session {
  viewer: SessionViewer;
  /** [R11] A one-time password: the token serves only changePassword and viewer until changed. */
  mustChangePassword: boolean;
}

interface AuthContextValue {
  session: Session | null;
  signIn(grant: SessionGrant): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Refresh this long before the access token expires (it lasts 15 minutes). */
const REFRESH_EARLY_MS = 60_000;

/**
 * The session: the access token in memory (token.ts), renewed from the HttpOnly refresh
 * cookie before it expires and when the page is loaded, so a reload keeps the user logged
 * in for the session's working day without any token in storage.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const forget = useCallback(async () => {
    clearTimeout(timer.current);
    setAccessToken(null);
    setSession(null);
    // Nothing the previous user loaded may stay on screen or in the cache.
    await client.clearStore();
  }, [client]);

  const signIn = useCallback(
    (grant: SessionGrant) => {
      setAccessToken(grant.token);
      setSession({ viewer: grant.viewer, mustChangePassword: grant.mustChangePassword });
      clearTimeout(timer.current);
      const wait = Math.max(new Date(grant.expiresAt).getTime() - Date.now() - REFRESH_EARLY_MS, 5_000);
      timer.current = setTimeout(() => {
        refresh()
          .then((next) => {
            signIn(next);
            // Live sockets carry the token they opened with: reopen them with the new one.
            reconnectLive();
          })
          .catch(() => void forget());
      }, wait);
    },
    [forget],
  );

  const signOut = useCallback(async () => {
    // The page forgets at once (within the click, before any route re-renders); the server
    // ends the session and clears the cookie meanwhile.
    const ending = logOut();
    await forget();
    await ending;
  }, [forget]);

  useEffect(() => {
    let live = true;
    refresh()
      .then((grant) => live && signIn(grant))
      .catch(() => undefined)
      .finally(() => live && setRestoring(false));
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, [signIn]);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  if (restoring) return <p role="status">{t('session.restoring')}</p>;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
