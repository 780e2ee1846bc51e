import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of admin-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); admin-messages.ts includes them.
 */
export const ADMIN_NAV = {
  'admin.menu.accounts': { zh: '人员账号', en: 'Accounts' },
  'admin.menu.departments': { zh: '部门管理', en: 'Departments' },
  'admin.menu.password': { zh: '修改密码', en: 'Change password' },
  'admin.menu.tokens': { zh: '接口令牌', en: 'API tokens' },
  'admin.pw.title': { zh: '修改密码', en: 'Change password' },
} as const;

export const adminNav = definePairedMessages(ADMIN_NAV);
export type AdminNavKey = keyof typeof ADMIN_NAV;
