import { createContext, startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
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

/** `initialMe`: the session the server drew the first page for (app/first-page-seed.ts); checked again all the same. */
export function AuthProvider({ children, initialMe }: { children: ReactNode; initialMe?: Me | null }) {
  const [me, setMe] = useState<Me | null | undefined>(initialMe);
  const [checkError, setCheckError] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setCheckError(undefined);
    fetchMe().then(
      (user) => {
        if (!isCurrent) return;
        // The first check, on the page the browser opened: its data is asked for now (app/first-page-data.ts),
        // unless the server drew the page with it (initialMe given).
        if (user && generation === 0 && initialMe === undefined) startFirstPageData(user);
        // The session the server drew the page for, unchanged: nothing to draw again. Otherwise a
        // transition, which waits for the drawn page to be taken over (main.tsx) instead of redrawing it.
        if (generation === 0 && initialMe !== undefined && JSON.stringify(user) === JSON.stringify(initialMe)) return;
        startTransition(() => setMe(user));
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
