import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of procurement-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); procurement-messages.ts includes them.
 */
export const PROCUREMENT_NAV = {
  'proc.menu.checks': { zh: '声明函核查', en: 'Declaration checks' },
  'proc.menu.declaration': { zh: '中小企业声明函', en: 'SME declaration' },
  'proc.menu.projects': { zh: '政府采购', en: 'Procurement' },
  'proc.menu.public': { zh: '采购预留执行', en: 'Reserved shares' },
} as const;

export const procurementNav = definePairedMessages(PROCUREMENT_NAV);
export type ProcurementNavKey = keyof typeof PROCUREMENT_NAV;
