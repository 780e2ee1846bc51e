import { AuditOutlined, BarChartOutlined, FileProtectOutlined, ShoppingOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { Me } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';
import { procurementNav, type ProcurementNavKey } from './procurement-nav';
import { lazyPage } from '../../app/lazy-page';

const DeclarationChecksPage = lazyPage(() => import('./DeclarationChecksPage'), 'DeclarationChecksPage');
const DeclarationPage = lazyPage(() => import('./DeclarationPage'), 'DeclarationPage');
const ProcurementPublicRoutes = lazyPage(() => import('./ProcurementPublicRoutes'), 'ProcurementPublicRoutes');
const ProjectDetailPage = lazyPage(() => import('./ProjectDetailPage'), 'ProjectDetailPage');
const ProjectRegisterPage = lazyPage(() => import('./ProjectRegisterPage'), 'ProjectRegisterPage');

const both = (key: ProcurementNavKey): BilingualText => ({ zh: procurementNav.zh[key], en: procurementNav.en[key] });

/** 政府采购 menu entries per role: purchasers and supervisors the register, enterprises their 声明函, the bureau the checks, everyone the public page. */
export function procurementMenu(me: Me): FeatureMenuEntry[] {
  const out: FeatureMenuEntry[] = [];
  if (me.role === 'DEPARTMENT' || me.role === 'SME_BUREAU' || me.role === 'AUDITOR' || me.role === 'ADMIN') out.push({ path: '/procurement/projects', label: both('proc.menu.projects'), icon: <ShoppingOutlined />, order: 60 });
  if (me.role === 'ENTERPRISE' && me.uscc) out.push({ path: '/procurement/declaration', label: both('proc.menu.declaration'), icon: <FileProtectOutlined />, order: 60 });
  if (me.role === 'SME_BUREAU' || me.role === 'AUDITOR' || me.role === 'ADMIN') out.push({ path: '/procurement/declaration-checks', label: both('proc.menu.checks'), icon: <AuditOutlined />, order: 61 });
  out.push({ path: '/procurement/public', label: both('proc.menu.public'), icon: <BarChartOutlined />, order: 85 });
  return out;
}

export function procurementBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'procurement') return null;
  const register = { label: both('proc.menu.projects'), path: '/procurement/projects' };
  if (parts[1] === 'projects') return parts[2] ? [register, { label: parts[2] }] : [{ label: both('proc.menu.projects') }];
  if (parts[1] === 'declaration') return [{ label: both('proc.menu.declaration') }];
  if (parts[1] === 'declaration-checks') return [{ label: both('proc.menu.checks') }];
  if (parts[1] === 'public') return [{ label: both('proc.menu.public') }];
  return null;
}

/** 政府采购 (issue 8). */
export const procurementModule: FeatureModule = {
  id: 'procurement',
  messages: () => import('./procurement-messages').then((m) => m.procurementMessages),
  routes: [
    { path: 'procurement/projects', element: <ProjectRegisterPage /> },
    { path: 'procurement/projects/:id', element: <ProjectDetailPage /> },
    { path: 'procurement/declaration', element: <DeclarationPage /> },
    { path: 'procurement/declaration-checks', element: <DeclarationChecksPage /> },
    { path: 'procurement/public/*', element: <ProcurementPublicRoutes />, isPublic: true },
  ],
  menu: procurementMenu,
  breadcrumbs: procurementBreadcrumbs,
};
