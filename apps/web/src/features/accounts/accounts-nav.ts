import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of accounts-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); accounts-messages.ts includes them.
 */
export const ACCOUNTS_NAV = {
  'accounts.queue.menu': { zh: '企业注册审核', en: 'Registrations' },
  'accounts.queue.title': { zh: '企业注册审核', en: 'Enterprise registrations' },
  'accounts.staff.menu': { zh: '账号管理', en: 'Accounts' },
  'accounts.staff.title': { zh: '本企业账号', en: 'Your enterprise\'s accounts' },
} as const;

export const accountsNav = definePairedMessages(ACCOUNTS_NAV);
