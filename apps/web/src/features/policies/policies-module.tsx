import { GiftOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const MyPoliciesPage = lazyPage(() => import('./MyPoliciesPage'), 'MyPoliciesPage');
const PolicyCalculatorPage = lazyPage(() => import('./PolicyCalculatorPage'), 'PolicyCalculatorPage');
const CALCULATOR = { zh: '政策计算器', en: 'Policy calculator' };

/** 我的政策 for enterprise users; the public policy calculator for anyone. */
export const policiesModule: FeatureModule = {
  id: 'policies',
  messages: () => import('./policies-messages').then((m) => m.policiesMessages),
  routes: [
    { path: 'me/policies', element: <MyPoliciesPage /> },
    { path: 'policy-calculator/*', element: <PublicPage section={CALCULATOR}><PolicyCalculatorPage /></PublicPage>, isPublic: true },
  ],
  menu: (me) => (me.role === 'ENTERPRISE' && me.uscc ? [{ path: '/me/policies', label: { zh: '我的政策', en: 'My policies' }, icon: <GiftOutlined />, order: 20 }] : []),
  breadcrumbs: (parts) => (parts[0] === 'me' && parts[1] === 'policies' ? [{ label: { zh: '我的政策', en: 'My policies' } }] : parts[0] === 'policy-calculator' ? [{ label: CALCULATOR }] : null),
};
