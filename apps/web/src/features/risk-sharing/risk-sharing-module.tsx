import { SafetyOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import { lazyPage } from '../../app/lazy-page';
import type { BilingualText } from '../../i18n/bilingual';
import { BANK_RISK_PATH, MY_RISK_CLAIMS_PATH, REVIEW_RISK_PATH } from './risk-sharing-paths';
import { riskSharingNav } from './risk-sharing-nav';

const BankRiskPoolPage = lazyPage(() => import('./BankRiskPoolPage'), 'BankRiskPoolPage');
const ClaimReviewPage = lazyPage(() => import('./ClaimReviewPage'), 'ClaimReviewPage');
const EnterpriseClaimsPage = lazyPage(() => import('./EnterpriseClaimsPage'), 'EnterpriseClaimsPage');

const both = (key: keyof typeof riskSharingNav.zh): BilingualText => ({ zh: riskSharingNav.zh[key], en: riskSharingNav.en[key] });

function breadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'financing') return null;
  if (parts[1] === 'risk-pool') return [{ label: both('risk.menu.bank') }];
  if (parts[1] === 'risk-claims') return [{ label: both('risk.menu.review') }];
  if (parts[1] === 'my-risk-claims') return [{ label: both('risk.menu.enterprise') }];
  return null;
}

/** 贷款风险补偿: the bank's pool and claims, the borrower's read-only view of claims on its loans, the SME bureau's review (auditors read it). */
export const riskSharingModule: FeatureModule = {
  id: 'risk-sharing',
  messages: () => import('./risk-sharing-messages').then((m) => m.riskSharingMessages),
  routes: [
    { path: 'financing/risk-pool', element: <BankRiskPoolPage /> },
    { path: 'financing/risk-claims', element: <ClaimReviewPage /> },
    { path: 'financing/my-risk-claims', element: <EnterpriseClaimsPage /> },
  ],
  menu: (me) => {
    if (me.role === 'FINANCIAL_INSTITUTION') return [{ path: BANK_RISK_PATH, label: both('risk.menu.bank'), icon: <SafetyOutlined />, order: 11 }];
    if (me.role === 'ENTERPRISE' && me.uscc) return [{ path: MY_RISK_CLAIMS_PATH, label: both('risk.menu.enterprise'), icon: <SafetyOutlined />, order: 31 }];
    if (me.role === 'SME_BUREAU' || me.role === 'AUDITOR') return [{ path: REVIEW_RISK_PATH, label: both('risk.menu.review'), icon: <SafetyOutlined />, order: 98 }];
    return [];
  },
  breadcrumbs,
};
