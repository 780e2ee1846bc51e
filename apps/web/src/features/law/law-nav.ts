import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of law-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); law-messages.ts includes them.
 */
export const LAW_NAV = {
  'law.diff.title': { zh: '修改对照', en: 'Version comparison' },
  'law.menu': { zh: '法规库', en: 'Laws' },
  'law.title': { zh: '法规库', en: 'Law library' },
} as const;

export const lawNav = definePairedMessages(LAW_NAV);
export type LawNavKey = keyof typeof LAW_NAV;
