import { ShopOutlined, TagsOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { servicesNav } from './services-nav';
import { BUREAU_SERVICES_PATH, DIRECTORY_PATH, MY_VOUCHERS_PATH, PROVIDER_CONSOLE_PATH } from './services-paths';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const BureauServicesPage = lazyPage(() => import('./BureauServicesPage'), 'BureauServicesPage');
const MyVouchersPage = lazyPage(() => import('./MyVouchersPage'), 'MyVouchersPage');
const ProviderConsolePage = lazyPage(() => import('./ProviderConsolePage'), 'ProviderConsolePage');
const ProviderDirectoryPage = lazyPage(() => import('./ProviderDirectoryPage'), 'ProviderDirectoryPage');

const both = (key: keyof typeof servicesNav.zh): BilingualText => ({ zh: servicesNav.zh[key], en: servicesNav.en[key] });

function breadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] === 'public' && parts[1] === 'service-providers') return [{ label: both('services.menu.directory') }];
  if (parts[0] !== 'services') return null;
  if (parts[1] === 'vouchers') return [{ label: both('services.menu.vouchers') }];
  if (parts[1] === 'provider') return [{ label: both('services.menu.provider') }];
  if (parts[1] === 'bureau') return [{ label: both('services.menu.bureau') }];
  return null;
}

/** 服务机构与服务券: the public directory, the enterprise's vouchers, the provider console, the bureau's console. */
export const servicesModule: FeatureModule = {
  id: 'services',
  messages: () => import('./services-messages').then((m) => m.servicesMessages),
  routes: [
    { path: 'public/service-providers/*', element: <PublicPage section={both('services.directory.title')}><ProviderDirectoryPage /></PublicPage>, isPublic: true },
    { path: 'services/vouchers', element: <MyVouchersPage /> },
    { path: 'services/provider', element: <ProviderConsolePage /> },
    { path: 'services/bureau', element: <BureauServicesPage /> },
  ],
  menu: (me) => {
    if (me.role === 'ENTERPRISE' && me.uscc) {
      return [
        { path: MY_VOUCHERS_PATH, label: both('services.menu.vouchers'), icon: <TagsOutlined />, order: 35 },
        { path: PROVIDER_CONSOLE_PATH, label: both('services.menu.provider'), icon: <ShopOutlined />, order: 36 },
        { path: DIRECTORY_PATH, label: both('services.menu.directory'), icon: <ShopOutlined />, order: 37 },
      ];
    }
    if (me.role === 'SME_BUREAU' || me.role === 'AUDITOR') return [{ path: BUREAU_SERVICES_PATH, label: both('services.menu.bureau'), icon: <ShopOutlined />, order: 60 }];
    return [];
  },
  breadcrumbs,
};
