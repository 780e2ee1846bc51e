import { BankOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { creditNav } from './credit-nav';
import { BANK_ROOT, CREDIT_ROOT, OVERSIGHT_ROOT, WHITELIST_ROOT } from './credit-paths';
import { lazyPage } from '../../app/lazy-page';

const BankCreditPage = lazyPage(() => import('./BankCreditPage'), 'BankCreditPage');
const BankEnterprisePage = lazyPage(() => import('./BankEnterprisePage'), 'BankEnterprisePage');
const EnterpriseCreditPage = lazyPage(() => import('./EnterpriseCreditPage'), 'EnterpriseCreditPage');
const OversightPage = lazyPage(() => import('./OversightPage'), 'OversightPage');
const WhitelistNominationPage = lazyPage(() => import('./WhitelistNominationPage'), 'WhitelistNominationPage');

const both = (key: keyof typeof creditNav.zh): BilingualText => ({ zh: creditNav.zh[key], en: creditNav.en[key] });

function breadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'credit') return null;
  if (parts[1] === 'oversight') return [{ label: both('credit.menu.oversight') }];
  if (parts[1] === 'whitelist') return [{ label: both('credit.menu.whitelist') }];
  if (parts[1] === 'bank') return parts.length === 2 ? [{ label: both('credit.menu.bank') }] : [{ label: both('credit.menu.bank'), path: BANK_ROOT }, { label: both('credit.data.title') }];
  return [{ label: both('credit.menu.enterprise') }];
}

/** 融资与授权: the enterprise's demands and consents, the bank's marketplace and consented data, the bureau's oversight. */
export const creditModule: FeatureModule = {
  id: 'credit',
  messages: () => import('./credit-messages').then((m) => m.creditMessages),
  routes: [
    { path: 'credit', element: <EnterpriseCreditPage /> },
    { path: 'credit/bank', element: <BankCreditPage /> },
    { path: 'credit/bank/enterprises/:uscc', element: <BankEnterprisePage /> },
    { path: 'credit/oversight', element: <OversightPage /> },
    { path: 'credit/whitelist', element: <WhitelistNominationPage /> },
  ],
  menu: (me) => {
    if (me.role === 'ENTERPRISE' && me.uscc) return [{ path: CREDIT_ROOT, label: both('credit.menu.enterprise'), icon: <BankOutlined />, order: 30 }];
    if (me.role === 'FINANCIAL_INSTITUTION') return [{ path: BANK_ROOT, label: both('credit.menu.bank'), icon: <BankOutlined />, order: 10 }];
    if (me.role === 'SME_BUREAU' || me.role === 'AUDITOR') return [{ path: OVERSIGHT_ROOT, label: both('credit.menu.oversight'), icon: <SafetyCertificateOutlined />, order: 97 }];
    if (me.role === 'DEPARTMENT') return [{ path: WHITELIST_ROOT, label: both('credit.menu.whitelist'), icon: <SafetyCertificateOutlined />, order: 96 }];
    return [];
  },
  breadcrumbs,
};
