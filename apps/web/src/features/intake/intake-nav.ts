import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of intake-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); intake-messages.ts includes them.
 */
export const INTAKE_NAV = {
  'intake.menu': { zh: '数据归集', en: 'Data intake' },
  'intake.sources.menu': { zh: '数据来源', en: 'Data sources' },
} as const;

export const intakeNav = definePairedMessages(INTAKE_NAV);
