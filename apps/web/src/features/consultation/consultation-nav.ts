import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of consultation-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); consultation-messages.ts includes them.
 */
export const CONSULTATION_NAV = {
  'c.comments': { zh: '意见', en: 'Comments' },
  'c.console.menu': { zh: '征求意见管理', en: 'Consultations (console)' },
  'c.menu': { zh: '征求意见', en: 'Consultations' },
  'c.report': { zh: '采纳情况反馈', en: 'Feedback report' },
} as const;

export const consultationNav = definePairedMessages(CONSULTATION_NAV);
