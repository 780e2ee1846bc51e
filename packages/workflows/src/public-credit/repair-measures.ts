import type { BilingualText } from '@huiqi/kernel';

/**
 * 修复措施 — 社会信用条例 第八十条 lists them (persisted codes, never renamed). The applicant says which it
 * carried out and gives its evidence; the bureau judges them. 第八十五条 leaves the details (which measure
 * each kind of record needs) to a city regulation that is not in `law/`, so none is required per kind.
 */
export const REPAIR_MEASURES = ['CREDIT_COMMITMENT', 'RECTIFICATION_DONE', 'CREDIT_CHECK_PASSED', 'TRAINING_ATTENDED', 'CREDIT_REPORT_SUBMITTED', 'OTHER_LEGAL_MEASURE'] as const;
export type RepairMeasure = (typeof REPAIR_MEASURES)[number];

export const REPAIR_MEASURE_LABELS: Record<RepairMeasure, BilingualText> = {
  CREDIT_COMMITMENT: { zh: '作出信用承诺', en: 'Made a credit commitment' },
  RECTIFICATION_DONE: { zh: '完成信用整改（已纠正失信行为，如已履行处罚决定、已付清欠款）', en: 'Completed rectification (e.g. penalty fulfilled, arrears paid)' },
  CREDIT_CHECK_PASSED: { zh: '通过信用核查', en: 'Passed a credit check' },
  TRAINING_ATTENDED: { zh: '接受专题培训', en: 'Attended a training on credit' },
  CREDIT_REPORT_SUBMITTED: { zh: '提交信用报告', en: 'Submitted a credit report' },
  OTHER_LEGAL_MEASURE: { zh: '法律、法规规定的其他修复措施', en: 'Another measure laid down by law' },
};
