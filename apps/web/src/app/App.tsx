import { BrowserRouter } from 'react-router';
import { lazy, useState, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { AuthProvider } from '../features/auth/AuthProvider';
import { SeededAnswersContext } from '../api/seeded-answers';
import { AntdConfig } from './AntdConfig';
import { FrontDoor } from '../features/home/FrontDoor';
import type { FirstPageSeed } from './first-page-seed';

/** The signed-in app and the public pages behind it, loaded after the first page (see FrontDoor). */
export const AppRoutesLazy = lazy(() => import('./AppRoutes').then((m) => ({ default: m.AppRoutes })));

/** The app's providers, started from the server's seed when it drew the page (ssr/render-first-page.tsx). */
export function AppProviders({ seed, children }: { seed?: FirstPageSeed | null; children: ReactNode }) {
  const [answers] = useState(() => (seed ? new Map(Object.entries(seed.data)) : null));
  return (
    <I18nProvider initialLanguage={seed?.language}>
      <AntdConfig drawn={seed != null}>
        <AuthProvider initialMe={seed?.me}>
          <SeededAnswersContext.Provider value={answers}>{children}</SeededAnswersContext.Provider>
        </AuthProvider>
      </AntdConfig>
    </I18nProvider>
  );
}

export function App({ seed }: { seed?: FirstPageSeed | null }) {
  return (
    <AppProviders seed={seed}>
      <BrowserRouter>
        <FrontDoor app={<AppRoutesLazy />} />
      </BrowserRouter>
    </AppProviders>
  );
}
