import { BookOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { lazyPage } from '../../app/lazy-page';

const ParameterDetailPage = lazyPage(() => import('./ParameterDetailPage'), 'ParameterDetailPage');
const ParameterListPage = lazyPage(() => import('./ParameterListPage'), 'ParameterListPage');
const PolicyDetailPage = lazyPage(() => import('./PolicyDetailPage'), 'PolicyDetailPage');
const PolicyListPage = lazyPage(() => import('./PolicyListPage'), 'PolicyListPage');

const OFFICERS = ['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'ADMIN'];
const RULEBOOK = { zh: '规则库', en: 'Rulebook' };

/** 规则库 for officers: the policy list and parameters with their value histories and sources. */
export const rulebookModule: FeatureModule = {
  id: 'rulebook',
  messages: () => import('./rulebook-messages').then((m) => m.rulebookMessages),
  routes: [
    { path: 'rulebook', element: <PolicyListPage /> },
    { path: 'rulebook/policies', element: <PolicyListPage /> },
    { path: 'rulebook/policies/:id', element: <PolicyDetailPage /> },
    { path: 'rulebook/parameters', element: <ParameterListPage /> },
    { path: 'rulebook/parameters/:path', element: <ParameterDetailPage /> },
  ],
  menu: (me) => (OFFICERS.includes(me.role) ? [{ path: '/rulebook/policies', label: RULEBOOK, icon: <BookOutlined />, order: 60 }] : []),
  breadcrumbs: (parts) => {
    if (parts[0] !== 'rulebook') return null;
    const section = parts[1] === 'parameters' ? { zh: '参数', en: 'Parameters' } : { zh: '政策', en: 'Policies' };
    const sectionPath = parts[1] === 'parameters' ? '/rulebook/parameters' : '/rulebook/policies';
    if (parts.length <= 2) return [{ label: RULEBOOK, path: '/rulebook/policies' }, { label: section }];
    return [{ label: RULEBOOK, path: '/rulebook/policies' }, { label: section, path: sectionPath }, { label: parts[2]! }];
  },
};
