import { definePairedMessages } from '../../i18n/define-messages';

/** Messages of the officials' enterprise search at city scale: estimated totals and pages by key. */
const PAIRS = {
  'search.totalEstimated': { zh: '约 {total} 家企业（估算）', en: 'About {total} enterprises (estimated)' },
  'search.nextByKey': { zh: '继续查看后面的结果', en: 'Show the next results' },
  'search.fromStart': { zh: '回到第一页', en: 'Back to the first page' },
  'search.byKeyHint': { zh: '页码只列出前 {rows} 条结果，之后请逐页继续查看，或增加筛选条件。', en: 'Page numbers cover the first {rows} results; continue page by page after that, or narrow the search.' },
} as const;

export const searchMessages = definePairedMessages(PAIRS);
