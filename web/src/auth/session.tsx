// The signed-in member of staff: token in sessionStorage (gone when the tab
// closes), user refreshed from `me` on start, and a way back to sign-in when
// the server says the token is no longer good.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { execute, getToken, onUnauthenticated, setToken } from '../api/client';
import type { MeQuery } from '../gql/graphql';
import { navigate } from '../router';
import { MeQuery as MeDocument } from './operations';

export type SessionUser = NonNullable<MeQuery['me']>;

const USER_KEY = 'hotel-crm.user';

function storedUser(): SessionUser | null {
  if (!getToken()) return null;
  try {
    const raw = sessionStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

function storeUser(user: SessionUser | null): void {
  try {
    if (user) sessionStorage.setItem(USER_KEY, JSON.stringify(user));
    else sessionStorage.removeItem(USER_KEY);
  } catch {
    // Not persisted: a reload asks `me` again.
  }
}

interface SessionValue {
  user: SessionUser | null;
  /** True after the server rejected the token (the sign-in page says so). */
  expired: boolean;
  signIn: (token: string, user: SessionUser) => void;
  signOut: () => void;
  /** Changes to the signed-in user made on this console (the extension bound to it). */
  updateUser: (patch: Partial<SessionUser>) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

function signInPath(): string {
  const here = window.location.pathname + window.location.search;
  return here.startsWith('/signin') ? here : `/signin?next=${encodeURIComponent(here)}`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(storedUser);
  const [expired, setExpired] = useState(false);

  const signIn = useCallback((token: string, next: SessionUser) => {
    setToken(token);
    storeUser(next);
    setExpired(false);
    setUser(next);
  }, []);

  const signOut = useCallback(() => {
    setToken(null);
    storeUser(null);
    setUser(null);
    navigate('/signin', { replace: true });
  }, []);

  const updateUser = useCallback((patch: Partial<SessionUser>) => {
    setUser((current) => {
      if (!current) return current;
      const next = { ...current, ...patch };
      storeUser(next);
      return next;
    });
  }, []);

  useEffect(() => {
    onUnauthenticated(() => {
      storeUser(null);
      setUser(null);
      setExpired(true);
      navigate(signInPath(), { replace: true });
    });
    return () => onUnauthenticated(null);
  }, []);

  // The stored user may be stale (role changed, token expired): ask once.
  useEffect(() => {
    if (!getToken()) return;
    const controller = new AbortController();
    execute(MeDocument, {}, { signal: controller.signal })
      .then((data) => {
        if (data.me) {
          storeUser(data.me);
          setUser(data.me);
        }
      })
      .catch(() => {
        // UNAUTHENTICATED is handled by the client; other failures keep the stored user.
      });
    return () => controller.abort();
  }, []);

  const value = useMemo(
    () => ({ user, expired, signIn, signOut, updateUser }),
    [user, expired, signIn, signOut, updateUser],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
