import { AuditOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { accountsNav } from './accounts-nav';
import { lazyPage } from '../../app/lazy-page';

const OidcFailedPage = lazyPage(() => import('./OidcFailedPage'), 'OidcFailedPage');
const RegisterPage = lazyPage(() => import('./RegisterPage'), 'RegisterPage');
const RegistrationQueuePage = lazyPage(() => import('./RegistrationQueuePage'), 'RegistrationQueuePage');
const StaffPage = lazyPage(() => import('./StaffPage'), 'StaffPage');

const label = (key: 'accounts.staff.menu' | 'accounts.queue.menu' | 'accounts.staff.title' | 'accounts.queue.title') => ({ zh: accountsNav.zh[key], en: accountsNav.en[key] });

/** Enterprise accounts: registration and the identity-service failure page (public), staff (enterprise), the registration queue (SME bureau). */
export const accountsModule: FeatureModule = {
  id: 'accounts',
  messages: () => import('./accounts-messages').then((m) => m.accountsMessages),
  routes: [
    { path: 'register', element: <RegisterPage />, isPublic: true },
    { path: 'login/oidc-failed', element: <OidcFailedPage />, isPublic: true },
    { path: 'accounts/staff', element: <StaffPage /> },
    { path: 'accounts/registrations', element: <RegistrationQueuePage /> },
  ],
  menu: (me) => [
    ...(me.role === 'ENTERPRISE' && me.uscc ? [{ path: '/accounts/staff', label: label('accounts.staff.menu'), icon: <TeamOutlined />, order: 90 }] : []),
    ...(me.role === 'SME_BUREAU' ? [{ path: '/accounts/registrations', label: label('accounts.queue.menu'), icon: <AuditOutlined />, order: 90 }] : []),
  ],
  breadcrumbs: (parts) => {
    if (parts[0] !== 'accounts') return null;
    if (parts[1] === 'staff') return [{ label: label('accounts.staff.title') }];
    if (parts[1] === 'registrations') return [{ label: label('accounts.queue.title') }];
    return null;
  },
};
