import { GiftOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { lazyPage } from '../../app/lazy-page';

const MyPoliciesPage = lazyPage(() => import('./MyPoliciesPage'), 'MyPoliciesPage');

/** 我的政策 for enterprise users. */
export const policiesModule: FeatureModule = {
  id: 'policies',
  messages: () => import('./policies-messages').then((m) => m.policiesMessages),
  routes: [{ path: 'me/policies', element: <MyPoliciesPage /> }],
  menu: (me) => (me.role === 'ENTERPRISE' && me.uscc ? [{ path: '/me/policies', label: { zh: '我的政策', en: 'My policies' }, icon: <GiftOutlined />, order: 20 }] : []),
  breadcrumbs: (parts) => (parts[0] === 'me' && parts[1] === 'policies' ? [{ label: { zh: '我的政策', en: 'My policies' } }] : null),
};
