import { TrophyOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { cultivationNav } from './cultivation-nav';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const PublicityPage = lazyPage(() => import('./PublicityPage'), 'PublicityPage');
const ReviewConsolePage = lazyPage(() => import('./ReviewConsolePage'), 'ReviewConsolePage');
const SelfAssessmentPage = lazyPage(() => import('./SelfAssessmentPage'), 'SelfAssessmentPage');

/**
 * Who works applications: the SME authority, and district officers (a district's jurisdiction is one below the
 * city's, e.g. cn-gd-sz-futian). The server decides each action; this only keeps a 403 page off the menu.
 */
export const reviewsApplications = (me: { role: string; jurisdiction: string }) => me.role === 'SME_BUREAU' || (me.role === 'DEPARTMENT' && me.jurisdiction.split('-').length > 3);

const both = (key: keyof typeof cultivationNav.zh): BilingualText => ({ zh: cultivationNav.zh[key], en: cultivationNav.en[key] });

function breadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] === 'cultivation') return [{ label: both('cv.menu') }];
  if (parts[0] === 'console' && parts[1] === 'cultivation') return [{ label: both('cv.console.menu') }];
  if (parts[0] === 'public' && parts[1] === 'cultivation-notices') return [{ label: both('cv.publicity.menu') }];
  return null;
}

/** 梯度培育: the enterprise's self-assessment and application, the officers' review console, the public 公示 page. */
export const cultivationModule: FeatureModule = {
  id: 'cultivation',
  messages: () => import('./cultivation-messages').then((m) => m.cultivationMessages),
  routes: [
    { path: 'cultivation', element: <SelfAssessmentPage /> },
    { path: 'console/cultivation', element: <ReviewConsolePage /> },
    { path: 'public/cultivation-notices/*', element: <PublicPage section={both('cv.publicity.menu')}><PublicityPage /></PublicPage>, isPublic: true },
  ],
  menu: (me) => [
    ...(me.role === 'ENTERPRISE' ? [{ path: '/cultivation', label: both('cv.menu'), icon: <TrophyOutlined />, order: 93 }] : []),
    ...(reviewsApplications(me) ? [{ path: '/console/cultivation', label: both('cv.console.menu'), icon: <TrophyOutlined />, order: 94 }] : []),
    { path: '/public/cultivation-notices', label: both('cv.publicity.menu'), icon: <TrophyOutlined />, order: 97 },
  ],
  breadcrumbs,
};
