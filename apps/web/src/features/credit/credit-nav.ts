import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of credit-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); credit-messages.ts includes them.
 */
export const CREDIT_NAV = {
  'credit.data.title': { zh: '企业授权数据', en: 'Consented data' },
  'credit.menu.bank': { zh: '融资对接', en: 'Financing marketplace' },
  'credit.menu.enterprise': { zh: '融资与授权', en: 'Financing & consent' },
  'credit.menu.oversight': { zh: '信用授权监管', en: 'Credit consent oversight' },
  'credit.menu.whitelist': { zh: '产融合作白名单', en: 'Finance whitelist' },
} as const;

export const creditNav = definePairedMessages(CREDIT_NAV);
