import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
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
  signIn(token: string, session: Session): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [session, setSession] = useState<Session | null>(null);
  const signIn = useCallback((token: string, next: Session) => {
    setAccessToken(token);
    setSession(next);
  }, []);
  const signOut = useCallback(async () => {
    setAccessToken(null);
    setSession(null);
    // Nothing the previous user loaded may stay on screen or in the cache.
    await client.clearStore();
  }, [client]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
