/**
 * 资金评估审计结果 (深圳 draft 第五十六条【评估审计】: "审计等相关部门应当定期对各类扶持中小企业发展的资金和基金的
 * 使用情况进行绩效评估和审计，评估和审计结果应当向社会公布。"): the result of one audit or performance evaluation
 * of one fund, its conclusion from a short closed list, and the checks a result must pass before it is stored.
 * Pure: the API stores and publishes; the annual report and the public disclosure read the published ones.
 */
import type { BilingualText } from '@huiqi/kernel';

export const FUND_EVALUATION_ARTICLE = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_56';

/** What was done to the fund: an audit (审计) or a performance evaluation (绩效评估, the article's word). Persisted: never renamed. */
export const FUND_EVALUATION_KINDS = ['AUDIT', 'PERFORMANCE_EVALUATION'] as const;
export type FundEvaluationKind = (typeof FUND_EVALUATION_KINDS)[number];

/** The conclusion in three words a reader understands. Persisted: never renamed. */
export const FUND_EVALUATION_CONCLUSIONS = ['NO_MAJOR_PROBLEM', 'PROBLEMS_RECTIFIED', 'RECTIFICATION_IN_PROGRESS'] as const;
export type FundEvaluationConclusion = (typeof FUND_EVALUATION_CONCLUSIONS)[number];

export const FUND_EVALUATION_KIND_NAMES: Record<FundEvaluationKind, BilingualText> = {
  AUDIT: { zh: '审计', en: 'Audit' },
  PERFORMANCE_EVALUATION: { zh: '绩效评估', en: 'Performance evaluation' },
};

export const FUND_EVALUATION_CONCLUSION_NAMES: Record<FundEvaluationConclusion, BilingualText> = {
  NO_MAJOR_PROBLEM: { zh: '未发现重大问题', en: 'No major problem found' },
  PROBLEMS_RECTIFIED: { zh: '发现问题，已整改', en: 'Problems found and rectified' },
  RECTIFICATION_IN_PROGRESS: { zh: '发现问题，正在整改', en: 'Problems found, rectification under way' },
};

export interface FundEvaluationContent {
  kind: FundEvaluationKind;
  /** The body that did it (审计机关 or 第三方评价机构); English optional. */
  body: { zh: string; en: string | null };
  reportDate: string;
  conclusion: FundEvaluationConclusion;
  findings: string;
  rectification: string;
  /** The day rectification was completed; only with PROBLEMS_RECTIFIED, and then required. */
  rectifiedOn: string | null;
}

export interface FundEvaluationProblem {
  field: 'reportDate' | 'rectification' | 'rectifiedOn';
  message: BilingualText;
}

/**
 * What is wrong with a result on `today` (plain dates compare as text): a report dated in the future;
 * problems found without the rectification described; a completion date missing, too early, in the
 * future, or given while rectification is still under way or nothing was to rectify.
 */
export function checkFundEvaluation(c: FundEvaluationContent, today: string): FundEvaluationProblem[] {
  const out: FundEvaluationProblem[] = [];
  if (c.reportDate > today) {
    out.push({ field: 'reportDate', message: { zh: `报告日期 ${c.reportDate} 晚于今天（${today}），不能登记尚未出具的报告。`, en: `The report date ${c.reportDate} is after today (${today}); a report not yet issued cannot be recorded.` } });
  }
  if (c.conclusion !== 'NO_MAJOR_PROBLEM' && c.rectification.trim() === '') {
    out.push({ field: 'rectification', message: { zh: '发现问题时应填写整改情况。', en: 'When problems were found, describe the rectification.' } });
  }
  if (c.conclusion === 'PROBLEMS_RECTIFIED') {
    if (c.rectifiedOn === null) out.push({ field: 'rectifiedOn', message: { zh: '结论为“已整改”时应填写整改完成日期。', en: 'A conclusion of "rectified" needs the date rectification was completed.' } });
    else if (c.rectifiedOn < c.reportDate) out.push({ field: 'rectifiedOn', message: { zh: `整改完成日期 ${c.rectifiedOn} 早于报告日期 ${c.reportDate}。`, en: `The rectification date ${c.rectifiedOn} is before the report date ${c.reportDate}.` } });
    else if (c.rectifiedOn > today) out.push({ field: 'rectifiedOn', message: { zh: `整改完成日期 ${c.rectifiedOn} 晚于今天（${today}）。`, en: `The rectification date ${c.rectifiedOn} is after today (${today}).` } });
  } else if (c.rectifiedOn !== null) {
    out.push({ field: 'rectifiedOn', message: { zh: '只有结论为“已整改”时才填写整改完成日期。', en: 'A rectification date is given only when the conclusion is "rectified".' } });
  }
  return out;
}

/** One published result as the annual report names it. */
export interface PublishedFundEvaluation {
  fundZh: string;
  kind: FundEvaluationKind;
  bodyZh: string;
  reportDate: string;
  conclusion: FundEvaluationConclusion;
  rectifiedOn: string | null;
}

/** The sentence of the report's section (二) about one published result, in plain Chinese. */
export function fundEvaluationSentence(e: PublishedFundEvaluation): string {
  const done = e.conclusion === 'PROBLEMS_RECTIFIED' && e.rectifiedOn ? `（${e.rectifiedOn} 整改完成）` : '';
  return `${e.bodyZh}对“${e.fundZh}”的${FUND_EVALUATION_KIND_NAMES[e.kind].zh}（报告日期 ${e.reportDate}）：${FUND_EVALUATION_CONCLUSION_NAMES[e.conclusion].zh}${done}`;
}
