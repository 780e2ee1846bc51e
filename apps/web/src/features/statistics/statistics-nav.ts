import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of statistics-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); statistics-messages.ts includes them.
 */
export const STATISTICS_NAV = {
  'stats.menu.indicators': { zh: '统计指标', en: 'Indicators' },
  'stats.menu.public': { zh: '中小企业统计', en: 'SME statistics' },
  'stats.menu.report': { zh: '年度发展报告', en: 'Annual report' },
} as const;

export const statisticsNav = definePairedMessages(STATISTICS_NAV);
export type StatisticsNavKey = keyof typeof STATISTICS_NAV;
