import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, logout } from '../../api/auth';
import { onUnauthorized } from '../../api/client';
import type { Me } from '../../api/types';
import { startFirstPageData } from '../../app/first-page-data';

export interface Auth {
  /** undefined while the session is being checked, null when signed out. */
  me: Me | null | undefined;
  /** Set when the session check itself failed (server unreachable). */
  checkError: unknown;
  signedIn(me: Me): void;
  signOut(): Promise<void>;
  recheck(): void;
}

export const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [checkError, setCheckError] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setCheckError(undefined);
    fetchMe().then(
      (user) => {
        if (!isCurrent) return;
        // The first check, on the page the browser opened: its data is asked for now (app/first-page-data.ts).
        if (user && generation === 0) startFirstPageData(user);
        setMe(user);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        setCheckError(error);
        setMe(null);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [generation]);

  useEffect(() => onUnauthorized(() => setMe(null)), []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setMe(null);
    }
  }, []);

  const value = useMemo<Auth>(
    () => ({ me, checkError, signedIn: setMe, signOut, recheck: () => setGeneration((g) => g + 1) }),
    [me, checkError, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
