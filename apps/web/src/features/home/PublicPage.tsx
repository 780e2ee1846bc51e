import type { ReactNode } from 'react';
import { Spin } from 'antd';
import type { BilingualText } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/use-i18n';
import { Route, Routes } from 'react-router';
import { useAuth } from '../auth/use-auth';
import { lazyPage } from '../../app/lazy-page';

// Loaded when shown: every feature module's route table imports this component, so what it carries
// statically lands in the signed-in app's first load (apps/web/e2e/js-budget.test.ts). The app's frame
// must not be a static import either: it reads the module list (features/modules.ts), which imports the
// modules that import this file, and the cycle left a module undefined in that list.
const AppLayout = lazyPage(() => import('../../app/AppLayout'), 'AppLayout');
const PublicFrame = lazyPage(() => import('./PublicFrame'), 'PublicFrame');
const NotFoundResult = lazyPage(() => import('../errors/NotFoundResult'), 'NotFoundResult');

interface Props {
  /** The section's name in the public header (政策清单, 法规库 …). */
  section: string | BilingualText;
  /** The page at the route's own address; or `routes`, the section's own child routes. */
  children?: ReactNode;
  routes?: ReactNode;
  /** Test ids of the public frame and its sign-in button, when a page's browser test waits on them. */
  testId?: string;
  signInTestId?: string;
}

/**
 * A public page at `<path>/*`: for a visitor, in the public frame (header with the platform's name,
 * language switch and sign-in); once signed in, in the app's frame with its menu. Every public page
 * of the platform is framed by this one component.
 */
export function PublicPage({ section, children, routes, testId, signInTestId }: Props) {
  const { me } = useAuth();
  const { t, pick } = useI18n();
  if (me === undefined) return <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}><Spin size="large" description={t('app.loading')} /></div>;
  const frame = me ? <AppLayout /> : <PublicFrame section={typeof section === 'string' ? section : pick(section)} {...(testId ? { testId } : {})} {...(signInTestId ? { signInTestId } : {})} />;
  return (
    <Routes>
      <Route element={frame}>
        {routes ?? <Route index element={children} />}
        {!routes && <Route path="*" element={<NotFoundResult />} />}
      </Route>
    </Routes>
  );
}
