import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of risk-sharing-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); risk-sharing-messages.ts includes them.
 */
export const RISK_SHARING_NAV = {
  'risk.menu.bank': { zh: '风险补偿', en: 'Risk compensation' },
  'risk.menu.review': { zh: '风险补偿审核', en: 'Risk compensation review' },
  'risk.menu.enterprise': { zh: '贷款风险补偿', en: 'Loan risk compensation' },
} as const;

export const riskSharingNav = definePairedMessages(RISK_SHARING_NAV);
