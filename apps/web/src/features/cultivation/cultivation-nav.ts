import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of cultivation-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); cultivation-messages.ts includes them.
 */
export const CULTIVATION_NAV = {
  'cv.console.menu': { zh: '认定审核', en: 'Recognition review' },
  'cv.menu': { zh: '梯度培育认定', en: 'Tiered cultivation' },
  'cv.publicity.menu': { zh: '认定公示', en: 'Recognition notices' },
} as const;

export const cultivationNav = definePairedMessages(CULTIVATION_NAV);
