import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of funds-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); funds-messages.ts includes them.
 */
export const FUNDS_NAV = {
  'funds.menu': { zh: '资金管理', en: 'Funds' },
} as const;

export const fundsNav = definePairedMessages(FUNDS_NAV);
