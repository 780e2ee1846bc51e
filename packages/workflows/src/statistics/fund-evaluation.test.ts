import { describe, expect, it } from 'vitest';
import { buildAnnualReport, type AnnualReportInput } from './annual-report';
import { checkFundEvaluation, type FundEvaluationContent } from './fund-evaluation';

const OK: FundEvaluationContent = {
  kind: 'AUDIT', body: { zh: '深圳市审计局', en: null }, reportDate: '2026-03-02', conclusion: 'PROBLEMS_RECTIFIED',
  findings: '重复申报 2 笔。', rectification: '已追回。', rectifiedOn: '2026-05-10',
};
const fields = (c: Partial<FundEvaluationContent>, today = '2026-06-01') => checkFundEvaluation({ ...OK, ...c }, today).map((p) => p.field);

describe('checkFundEvaluation', () => {
  it('accepts a consistent result and names each problem of an inconsistent one', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ conclusion: 'NO_MAJOR_PROBLEM', rectification: '', rectifiedOn: null })).toEqual([]);
    expect(fields({}, '2026-03-01')).toEqual(['reportDate', 'rectifiedOn']);
    expect(fields({ reportDate: '2026-06-01' })).toEqual(['rectifiedOn']);
    expect(fields({ rectifiedOn: null })).toEqual(['rectifiedOn']);
    expect(fields({ conclusion: 'RECTIFICATION_IN_PROGRESS', rectification: ' ', rectifiedOn: null })).toEqual(['rectification']);
    expect(fields({ conclusion: 'NO_MAJOR_PROBLEM' })).toEqual(['rectifiedOn']);
    expect(checkFundEvaluation({ ...OK, reportDate: '2026-07-01', rectifiedOn: null, conclusion: 'NO_MAJOR_PROBLEM' }, '2026-06-01')[0]!.message.zh).toContain('晚于今天（2026-06-01）');
  });
});

describe('the annual report\'s section (二) and the funds\' results', () => {
  const input: AnnualReportInput = {
    year: 2025, asOf: '2025-12-31',
    sme: { count: 10, entries: 1, registrations: 1, unclassified: 0, employment: 5, revenueWan: 1, bySize: [] },
    byDistrict: [], funds: [{ nameZh: '纾困资金', budgetFen: 1_000_000, paidFen: 0, smallMicroPaidFen: 0 }], fundEvaluations: [],
    policies: [], appeals: [], procurement: [], inspections: [], financing: [], consultations: [], feedbackTargetDays: 30, narratives: {},
  };
  const section = (x: AnnualReportInput) => buildAnnualReport(x).sections[1]!.paragraphs;

  it('says none has been published, or lists the published ones in plain Chinese', () => {
    expect(section(input)[1]).toBe('截至报告生成时，尚未公布 2025 年扶持资金的绩效评估和审计结果。');
    const listed = section({ ...input, fundEvaluations: [
      { fundZh: '纾困资金', kind: 'AUDIT', bodyZh: '深圳市审计局', reportDate: '2026-03-02', conclusion: 'PROBLEMS_RECTIFIED', rectifiedOn: '2026-05-10' },
      { fundZh: '纾困资金', kind: 'PERFORMANCE_EVALUATION', bodyZh: '某评价机构', reportDate: '2026-04-01', conclusion: 'NO_MAJOR_PROBLEM', rectifiedOn: null },
    ] })[1];
    expect(listed).toBe('2025 年扶持资金已向社会公布的绩效评估和审计结果 2 项：深圳市审计局对“纾困资金”的审计（报告日期 2026-03-02）：发现问题，已整改（2026-05-10 整改完成）；某评价机构对“纾困资金”的绩效评估（报告日期 2026-04-01）：未发现重大问题。');
    expect(section({ ...input, funds: [] })).toHaveLength(1);
  });
});
