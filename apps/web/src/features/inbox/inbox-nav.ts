import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of inbox-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); inbox-messages.ts includes them.
 */
export const INBOX_NAV = {
  'inbox.menu': { zh: '消息中心', en: 'Inbox' },
  'inbox.title': { zh: '消息中心', en: 'Inbox' },
} as const;

export const inboxNav = definePairedMessages(INBOX_NAV);
