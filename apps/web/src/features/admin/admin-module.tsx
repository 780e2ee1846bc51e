import { ApartmentOutlined, ApiOutlined, BankOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { Me } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';
import { adminNav, type AdminNavKey } from './admin-nav';
import { fundsNav } from './funds-nav';
import { lazyPage } from '../../app/lazy-page';

const AccountsPage = lazyPage(() => import('./AccountsPage'), 'AccountsPage');
const ChangePasswordPage = lazyPage(() => import('./ChangePasswordPage'), 'ChangePasswordPage');
const DepartmentsPage = lazyPage(() => import('./DepartmentsPage'), 'DepartmentsPage');
const FundsAdminPage = lazyPage(() => import('./FundsAdminPage'), 'FundsAdminPage');
const TokensPage = lazyPage(() => import('./TokensPage'), 'TokensPage');

const both = (key: AdminNavKey): BilingualText => ({ zh: adminNav.zh[key], en: adminNav.en[key] });

export const ADMIN_PATHS = {
  departments: '/admin/departments',
  accounts: '/admin/accounts',
  tokens: '/admin/tokens',
  password: '/me/password',
  funds: '/benefits/funds',
} as const;

/**
 * 系统管理 for administrators; 修改密码 for every signed-in person — first in the menu (so the
 * landing page) when the administrator required a change.
 */
export function adminMenu(me: Me): FeatureMenuEntry[] {
  const out: FeatureMenuEntry[] = [];
  if (me.mustChangePassword) return [{ path: ADMIN_PATHS.password, label: both('admin.menu.password'), icon: <KeyOutlined />, order: -100 }];
  if (me.role === 'ADMIN') {
    out.push({ path: ADMIN_PATHS.departments, label: both('admin.menu.departments'), icon: <ApartmentOutlined />, order: 5 });
    out.push({ path: ADMIN_PATHS.accounts, label: both('admin.menu.accounts'), icon: <TeamOutlined />, order: 6 });
    out.push({ path: ADMIN_PATHS.tokens, label: both('admin.menu.tokens'), icon: <ApiOutlined />, order: 7 });
  }
  if (me.role === 'SME_BUREAU' || me.role === 'AUDITOR') out.push({ path: ADMIN_PATHS.funds, label: { zh: fundsNav.zh['funds.menu'], en: fundsNav.en['funds.menu'] }, icon: <BankOutlined />, order: 43 });
  out.push({ path: ADMIN_PATHS.password, label: both('admin.menu.password'), icon: <KeyOutlined />, order: 990 });
  return out;
}

export function adminBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] === 'me' && parts[1] === 'password') return [{ label: both('admin.pw.title') }];
  if (parts[0] === 'benefits' && parts[1] === 'funds') return [{ label: { zh: fundsNav.zh['funds.menu'], en: fundsNav.en['funds.menu'] } }];
  if (parts[0] !== 'admin') return null;
  const key = ({ departments: 'admin.menu.departments', accounts: 'admin.menu.accounts', tokens: 'admin.menu.tokens' } as const)[parts[1] as 'departments' | 'accounts' | 'tokens'];
  return key ? [{ label: both(key) }] : null;
}

/** Administration: departments, officer accounts, department systems' API tokens; and everyone's password change. */
export const adminModule: FeatureModule = {
  id: 'admin',
  messages: () => import('./admin-messages').then((m) => m.adminMessages),
  routes: [
    { path: 'admin/departments', element: <DepartmentsPage /> },
    { path: 'admin/accounts', element: <AccountsPage /> },
    { path: 'admin/tokens', element: <TokensPage /> },
    { path: 'me/password', element: <ChangePasswordPage /> },
    { path: 'benefits/funds', element: <FundsAdminPage /> },
  ],
  menu: adminMenu,
  breadcrumbs: adminBreadcrumbs,
};
