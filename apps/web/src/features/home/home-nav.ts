import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of home-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); home-messages.ts includes them.
 */
export const HOME_NAV = {
  'home.menu': { zh: '工作台', en: 'Home' },
} as const;

export const homeNav = definePairedMessages(HOME_NAV);
