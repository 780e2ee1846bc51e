import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of inspections-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); inspections-messages.ts includes them.
 */
export const INSPECTIONS_NAV = {
  'insp.detail.targets': { zh: '抽取结果', en: 'Drawn targets' },
  'insp.menu.items': { zh: '检查事项清单', en: 'Inspection items' },
  'insp.menu.oversight': { zh: '检查统筹看板', en: 'Inspection coordination' },
  'insp.menu.plans': { zh: '双随机抽查', en: 'Random inspections' },
  'insp.menu.public': { zh: '抽查结果公示', en: 'Inspection results' },
  'insp.menu.task': { zh: '检查任务核验', en: 'Check an inspection' },
} as const;

export const inspectionsNav = definePairedMessages(INSPECTIONS_NAV);
export type InspectionsNavKey = keyof typeof INSPECTIONS_NAV;
