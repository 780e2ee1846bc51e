import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of public-credit-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); public-credit-messages.ts includes them.
 */
export const PUBLIC_CREDIT_NAV = {
  'pc.menu.public': { zh: '信用信息公示', en: 'Credit records published' },
  'pc.menu.mine': { zh: '我的信用记录', en: 'My credit records' },
  'pc.menu.review': { zh: '信用记录与修复审核', en: 'Credit records and repair review' },
  'pc.menu.penalty': { zh: '录入行政处罚', en: 'Record penalties' },
} as const;

export const publicCreditNav = definePairedMessages(PUBLIC_CREDIT_NAV);
