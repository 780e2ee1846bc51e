import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of benefits-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); benefits-messages.ts includes them.
 */
export const BENEFITS_NAV = {
  'benefits.apply.title': { zh: '政策申报', en: 'Application' },
  'benefits.case.title': { zh: '申报详情', en: 'Application' },
  'benefits.menu.dashboard': { zh: '专项资金看板', en: 'Fund dashboard' },
  'benefits.menu.mine': { zh: '惠企兑现', en: 'My benefits' },
  'benefits.menu.payments': { zh: '资金拨付', en: 'Payments' },
  'benefits.menu.review': { zh: '兑现审核', en: 'Benefit review' },
  'benefits.public.title': { zh: '专项资金使用公开', en: 'Special fund disclosure' },
} as const;

export const benefitsNav = definePairedMessages(BENEFITS_NAV);
export type BenefitsNavKey = keyof typeof BENEFITS_NAV;
