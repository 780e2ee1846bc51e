import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { useLocation } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useAuth } from '../auth/use-auth';

/**
 * Each first page in its own chunk: a visitor loads the front door, someone signing in the sign-in page,
 * and a signed-in person opening an address neither of them (apps/web/e2e/js-budget.test.ts).
 */
const LoginPage = lazy(() => import('../auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const PublicHomePage = lazy(() => import('./PublicHomePage').then((m) => ({ default: m.PublicHomePage })));

function Loading() {
  const { t } = useI18n();
  return (
    <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

/**
 * The pages a first visit needs, without the rest of the app: the public front door at `/` for a
 * visitor and the sign-in page. Every other address — and `/` once signed in, which leads to the
 * role's home — is the app (`app`, loaded on demand), so the first page loads little JavaScript.
 */
export function FrontDoor({ app }: { app: ReactNode }) {
  const { pathname } = useLocation();
  const { me } = useAuth();
  if (pathname === '/' && me === undefined) return <Loading />;
  const page = pathname === '/login' ? <LoginPage /> : pathname === '/' && me === null ? <PublicHomePage /> : app;
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}
