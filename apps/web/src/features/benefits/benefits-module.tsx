import { AccountBookOutlined, AuditOutlined, FundOutlined, GiftOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { benefitsNav, type BenefitsNavKey } from './benefits-nav';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const ApplyPage = lazyPage(() => import('./ApplyPage'), 'ApplyPage');
const CaseDetailPage = lazyPage(() => import('./CaseDetailPage'), 'CaseDetailPage');
const FundsDashboardPage = lazyPage(() => import('./FundsDashboardPage'), 'FundsDashboardPage');
const MyBenefitsPage = lazyPage(() => import('./MyBenefitsPage'), 'MyBenefitsPage');
const PaymentsPage = lazyPage(() => import('./PaymentsPage'), 'PaymentsPage');
const PublicDisclosurePage = lazyPage(() => import('./PublicDisclosurePage'), 'PublicDisclosurePage');
const ReviewQueuePage = lazyPage(() => import('./ReviewQueuePage'), 'ReviewQueuePage');

const both = (key: BenefitsNavKey): BilingualText => ({ zh: benefitsNav.zh[key], en: benefitsNav.en[key] });

export function benefitsBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'benefits') return null;
  const map: Record<string, BenefitsNavKey> = { review: 'benefits.menu.review', payments: 'benefits.menu.payments', dashboard: 'benefits.menu.dashboard', apply: 'benefits.apply.title', cases: 'benefits.case.title' };
  const home = { label: both('benefits.menu.mine'), path: '/benefits' };
  if (parts.length === 1) return [{ label: both('benefits.menu.mine') }];
  const key = map[parts[1] ?? ''];
  return [home, { label: key ? both(key) : (parts[1] ?? '') }, ...(parts[2] ? [{ label: parts[2] }] : [])];
}

/** Benefits delivered: the enterprise's 申报 and 免申即享, the reviewer's queue, finance payments, the fund dashboard and the public disclosure. */
export const benefitsModule: FeatureModule = {
  id: 'benefits',
  messages: () => import('./benefits-messages').then((m) => m.benefitsMessages),
  routes: [
    { path: 'benefits', element: <MyBenefitsPage /> },
    { path: 'benefits/apply/:policyId', element: <ApplyPage /> },
    { path: 'benefits/cases/:id', element: <CaseDetailPage /> },
    { path: 'benefits/review', element: <ReviewQueuePage /> },
    { path: 'benefits/payments', element: <PaymentsPage /> },
    { path: 'benefits/dashboard', element: <FundsDashboardPage /> },
    { path: 'public/benefits/*', element: <PublicPage section={both('benefits.public.title')}><PublicDisclosurePage /></PublicPage>, isPublic: true },
  ],
  menu: (me) => {
    const out: FeatureMenuEntry[] = [];
    if (me.role === 'ENTERPRISE') out.push({ path: '/benefits', label: both('benefits.menu.mine'), icon: <GiftOutlined />, order: 40 });
    if (me.role === 'SME_BUREAU' || me.role === 'DEPARTMENT' || me.role === 'AUDITOR') out.push({ path: '/benefits/review', label: both('benefits.menu.review'), icon: <AuditOutlined />, order: 40 });
    if (me.role === 'SME_BUREAU_FINANCE' || me.role === 'AUDITOR') out.push({ path: '/benefits/payments', label: both('benefits.menu.payments'), icon: <AccountBookOutlined />, order: 41 });
    if (me.role !== 'ENTERPRISE' && me.role !== 'FINANCIAL_INSTITUTION' && me.role !== 'SME_BUREAU_FINANCE') out.push({ path: '/benefits/dashboard', label: both('benefits.menu.dashboard'), icon: <FundOutlined />, order: 42 });
    return out;
  },
  breadcrumbs: benefitsBreadcrumbs,
};
