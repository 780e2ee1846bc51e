import { CommentOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { consultationNav } from './consultation-nav';
import { lazyPage } from '../../app/lazy-page';

const ConsoleConsultationPage = lazyPage(() => import('./ConsoleConsultationPage'), 'ConsoleConsultationPage');
const ConsoleConsultationsPage = lazyPage(() => import('./ConsoleConsultationsPage'), 'ConsoleConsultationsPage');
const ConsultationRoutes = lazyPage(() => import('./ConsultationRoutes'), 'ConsultationRoutes');

const both = (key: keyof typeof consultationNav.zh): BilingualText => ({ zh: consultationNav.zh[key], en: consultationNav.en[key] });

function breadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] === 'consultations') return parts.length === 1 ? [{ label: both('c.menu') }] : [{ label: both('c.menu'), path: '/consultations' }, { label: parts[2] === 'report' ? both('c.report') : both('c.comments') }];
  if (parts[0] === 'console' && parts[1] === 'consultations') return parts.length === 2 ? [{ label: both('c.console.menu') }] : [{ label: both('c.console.menu'), path: '/console/consultations' }, { label: both('c.comments') }];
  return null;
}

/** 征求意见: public pages for everyone (commenting needs a sign-in or a verified contact), and the officers' console. */
export const consultationModule: FeatureModule = {
  id: 'consultation',
  messages: () => import('./consultation-messages').then((m) => m.consultationMessages),
  routes: [
    { path: 'consultations/*', element: <ConsultationRoutes />, isPublic: true },
    { path: 'console/consultations', element: <ConsoleConsultationsPage /> },
    { path: 'console/consultations/:id', element: <ConsoleConsultationPage /> },
  ],
  menu: (me) => [
    { path: '/consultations', label: both('c.menu'), icon: <CommentOutlined />, order: 95 },
    ...(me.role === 'SME_BUREAU' || me.role === 'DEPARTMENT' ? [{ path: '/console/consultations', label: both('c.console.menu'), icon: <CommentOutlined />, order: 96 }] : []),
  ],
  breadcrumbs,
};
