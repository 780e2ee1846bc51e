import { CloudUploadOutlined, SolutionOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { intakeNav } from './intake-nav';
import { lazyPage } from '../../app/lazy-page';

const DataSourcesPage = lazyPage(() => import('./DataSourcesPage'), 'DataSourcesPage');
const IntakePage = lazyPage(() => import('./IntakePage'), 'IntakePage');

const title = { zh: intakeNav.zh['intake.menu'], en: intakeNav.en['intake.menu'] };
const sources = { zh: intakeNav.zh['intake.sources.menu'], en: intakeNav.en['intake.sources.menu'] };

/** 数据归集: officers of the SME bureau and of departments upload the registry and yearly figures; an enterprise sees where its data came from (数据来源). */
export const intakeModule: FeatureModule = {
  id: 'intake',
  messages: () => import('./intake-messages').then((m) => m.intakeMessages),
  routes: [{ path: 'intake', element: <IntakePage /> }, { path: 'intake/sources', element: <DataSourcesPage /> }],
  menu: (me) => [
    ...(me.role === 'SME_BUREAU' || me.role === 'DEPARTMENT' ? [{ path: '/intake', label: title, icon: <CloudUploadOutlined />, order: 85 }] : []),
    ...(me.role === 'ENTERPRISE' && me.uscc ? [{ path: '/intake/sources', label: sources, icon: <SolutionOutlined />, order: 85 }] : []),
  ],
  breadcrumbs: (parts) => (parts[0] !== 'intake' ? null : parts[1] === 'sources' ? [{ label: sources }] : [{ label: title }]),
};
