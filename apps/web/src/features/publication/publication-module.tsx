import { NotificationOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { Me } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';
import { publicationNav, type PublicationNavKey } from './publication-nav';
import { PUBLICATION_PATHS } from './publication-paths';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const NewPolicyDraftPage = lazyPage(() => import('./NewPolicyDraftPage'), 'NewPolicyDraftPage');
const PolicyDraftListPage = lazyPage(() => import('./PolicyDraftListPage'), 'PolicyDraftListPage');
const PolicyDraftPage = lazyPage(() => import('./PolicyDraftPage'), 'PolicyDraftPage');
const PublicPolicyListPage = lazyPage(() => import('./PublicPolicyListPage'), 'PublicPolicyListPage');

const both = (key: PublicationNavKey): BilingualText => ({ zh: publicationNav.zh[key], en: publicationNav.en[key] });

/** 政策发布 for department officials and the SME bureau (who draft and review), read-only for auditors. */
export function publicationMenu(me: Me): FeatureMenuEntry[] {
  if (me.role === 'DEPARTMENT' || me.role === 'SME_BUREAU' || me.role === 'AUDITOR') {
    return [{ path: PUBLICATION_PATHS.console, label: both('publication.menu.console'), icon: <NotificationOutlined />, order: 55 }];
  }
  return [];
}

export function publicationBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] === 'public' && parts[1] === 'policies') return [{ label: both('publication.public.title') }];
  if (parts[0] !== 'console' || parts[1] !== 'policies') return null;
  if (!parts[2]) return [{ label: both('publication.menu.console') }];
  const list = { label: both('publication.menu.console'), path: PUBLICATION_PATHS.console };
  return [list, { label: both(parts[2] === 'new' ? 'publication.console.newTitle' : 'publication.detail.crumb') }];
}

/** Policy publication: the officials' authoring console (draft, preview, what-if, review, publish) and the public 惠企政策清单. */
export const publicationModule: FeatureModule = {
  id: 'policies-publish',
  messages: () => import('./publication-messages').then((m) => m.publicationMessages),
  routes: [
    { path: 'public/policies/*', element: <PublicPage section={both('publication.public.title')}><PublicPolicyListPage /></PublicPage>, isPublic: true },
    { path: 'console/policies', element: <PolicyDraftListPage /> },
    { path: 'console/policies/new', element: <NewPolicyDraftPage /> },
    { path: 'console/policies/:id', element: <PolicyDraftPage /> },
  ],
  menu: publicationMenu,
  breadcrumbs: publicationBreadcrumbs,
};
