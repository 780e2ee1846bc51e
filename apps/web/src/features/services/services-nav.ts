import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of services-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); services-messages.ts includes them.
 */
export const SERVICES_NAV = {
  'services.menu.bureau': { zh: '服务机构与服务券管理', en: 'Providers and vouchers' },
  'services.menu.directory': { zh: '服务机构名录', en: 'Service providers' },
  'services.menu.provider': { zh: '服务机构工作台', en: 'Provider console' },
  'services.menu.vouchers': { zh: '我的服务券', en: 'My vouchers' },
  'services.directory.title': { zh: '中小企业服务机构名录', en: 'Directory of SME service providers' },
} as const;

export const servicesNav = definePairedMessages(SERVICES_NAV);
