import { BookOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { lawNav, type LawNavKey } from './law-nav';
import './law.css';
import { lazyPage } from '../../app/lazy-page';

const LawRoutes = lazyPage(() => import('./LawRoutes'), 'LawRoutes');

const both = (key: LawNavKey): BilingualText => ({ zh: lawNav.zh[key], en: lawNav.en[key] });

/** Breadcrumbs under /law: 法规库 › work › version, or 法规库 › 修改对照. */
export function lawBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'law') return null;
  if (parts.length === 1) return [{ label: both('law.title') }];
  const library = { label: both('law.title'), path: '/law' };
  if (parts[2] === 'diff') return [library, { label: parts[1] ?? '' }, { label: both('law.diff.title') }];
  return [library, { label: parts[1] ?? '' }, ...(parts[2] ? [{ label: parts[2] }] : [])];
}

/** The law library: public pages under /law, in every signed-in user's menu as 法规库 / Laws. */
export const lawModule: FeatureModule = {
  id: 'law',
  messages: () => import('./law-messages').then((m) => m.lawMessages),
  routes: [{ path: 'law/*', element: <LawRoutes />, isPublic: true }],
  menu: () => [{ path: '/law', label: both('law.menu'), icon: <BookOutlined />, order: 90 }],
  breadcrumbs: lawBreadcrumbs,
};
