/**
 * The annual report on SME development to the standing committee of the people's congress
 * (深圳 draft 第六条: five contents, in this order). Pure: figures in, sections out; the API
 * gathers the figures and renders DOCX / PDF from these sections.
 */

import { fundEvaluationSentence, type PublishedFundEvaluation } from './fund-evaluation';

export const REPORT_SECTIONS = [
  { key: 'BASIC_SITUATION', headingZh: '一、上一年度本市中小企业发展的基本情况', headingEn: 'I. Basic situation of the city\'s SMEs in the previous year' },
  { key: 'FUNDS', headingZh: '二、扶持中小企业发展的资金使用情况', headingEn: 'II. Use of funds supporting SMEs' },
  { key: 'POLICIES', headingZh: '三、扶持中小企业发展的政策实施情况', headingEn: 'III. Implementation of supporting policies' },
  { key: 'PROBLEMS', headingZh: '四、中小企业发展存在的问题及对策', headingEn: 'IV. Problems and countermeasures' },
  { key: 'OTHER', headingZh: '五、其他事项', headingEn: 'V. Other matters' },
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];
export const REPORT_ARTICLE = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_6';
/** Sections officers write (the rest is generated from the figures). */
export const EDITABLE_SECTIONS: readonly ReportSectionKey[] = ['PROBLEMS', 'OTHER'];

export interface ReportTable {
  captionZh: string;
  headers: string[];
  rows: string[][];
}

export interface ReportSection {
  key: ReportSectionKey;
  headingZh: string;
  headingEn: string;
  paragraphs: string[];
  tables: ReportTable[];
  /** Officers' text (null: not written yet). */
  editable: boolean;
}

export interface ReportFigureSource {
  indicatorId: string;
  asOf: string;
}

export interface AnnualReportInput {
  year: number;
  /** The date the registry figures are as of (last day of the year). */
  asOf: string;
  /**
   * `entries`: new SMEs of the year (新增中小企业, classed medium/small/micro at year end);
   * `registrations`: every new registration of the year (新登记企业), of which `unclassified` could
   * not be classed yet (未划型: no yearly figures reported).
   */
  sme: { count: number; entries: number; registrations: number; unclassified: number; employment: number; revenueWan: number; bySize: { sizeZh: string; count: number }[] };
  byDistrict: { nameZh: string; count: number | null }[];
  funds: { nameZh: string; budgetFen: number; paidFen: number; smallMicroPaidFen: number }[];
  /** The published audit and performance-evaluation results of the year's funds (深圳 draft 第五十六条), oldest report first. */
  fundEvaluations: PublishedFundEvaluation[];
  policies: { nameZh: string; cases: number; paidCases: number; paidFen: number }[];
  appeals: { departmentZh: string; closed: number; onTime: number }[];
  procurement: { departmentZh: string; budgetFen: number; reservedFen: number; smallMicroFen: number }[];
  /** 双随机 inspections of the year per department: drawn in plans, done, with findings. */
  inspections: { departmentZh: string; planned: number; done: number; withFindings: number }[];
  /** Financing of the year per financial institution (null: demands not taken): demands and loans with amounts in fen. */
  financing: { institutionZh: string | null; demands: number; demandFen: number; loans: number; loanFen: number; firstLoans: number; firstLoanFen: number; creditLoans: number; creditLoanFen: number }[];
  /** Consultations of the year per drafting department; `adopted` counts opinions adopted wholly or in part. */
  consultations: { departmentZh: string; opened: number; opinions: number; answered: number; adopted: number; feedbackDue: number; feedbackOnTime: number }[];
  /** Days after the comment period within which the feedback counts as on time (a configured target). */
  feedbackTargetDays: number;
  narratives: Partial<Record<ReportSectionKey, string>>;
}

export interface AnnualReport {
  year: number;
  titleZh: string;
  asOf: string;
  article: string;
  sections: ReportSection[];
  sources: ReportFigureSource[];
}

/** 元 with two decimals → 万元 text (e.g. 1 234.56 万元). */
export function wanYuanText(fen: number): string {
  return `${(fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 万元`;
}

const int = (n: number) => n.toLocaleString('zh-CN');
const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '—');

/** Section (二)'s account of the audits and evaluations of the year's funds: the published results, or that none has been published yet. */
function fundEvaluationParagraphs(x: AnnualReportInput): string[] {
  if (x.funds.length === 0) return [];
  if (x.fundEvaluations.length === 0) return [`截至报告生成时，尚未公布 ${x.year} 年扶持资金的绩效评估和审计结果。`];
  return [`${x.year} 年扶持资金已向社会公布的绩效评估和审计结果 ${int(x.fundEvaluations.length)} 项：${x.fundEvaluations.map(fundEvaluationSentence).join('；')}。`];
}

export function buildAnnualReport(x: AnnualReportInput): AnnualReport {
  const text = (k: ReportSectionKey, fallback: string) => (x.narratives[k]?.trim() ? x.narratives[k]!.trim().split(/\n{2,}|\r?\n/) : [fallback]);
  const fundsBudget = x.funds.reduce((a, f) => a + f.budgetFen, 0);
  const fundsPaid = x.funds.reduce((a, f) => a + f.paidFen, 0);
  const smallMicro = x.funds.reduce((a, f) => a + f.smallMicroPaidFen, 0);
  const closed = x.appeals.reduce((a, r) => a + r.closed, 0);
  const onTime = x.appeals.reduce((a, r) => a + r.onTime, 0);
  const procBudget = x.procurement.reduce((a, r) => a + r.budgetFen, 0);
  const procReserved = x.procurement.reduce((a, r) => a + r.reservedFen, 0);
  const total = <T,>(rows: T[], f: (r: T) => number) => rows.reduce((a, r) => a + f(r), 0);
  const insp = { planned: total(x.inspections, (r) => r.planned), done: total(x.inspections, (r) => r.done), found: total(x.inspections, (r) => r.withFindings) };
  const fin = {
    demands: total(x.financing, (r) => r.demands), demandFen: total(x.financing, (r) => r.demandFen), loans: total(x.financing, (r) => r.loans), loanFen: total(x.financing, (r) => r.loanFen),
    first: total(x.financing, (r) => r.firstLoans), firstFen: total(x.financing, (r) => r.firstLoanFen), credit: total(x.financing, (r) => r.creditLoans), creditFen: total(x.financing, (r) => r.creditLoanFen),
  };
  const cons = {
    opened: total(x.consultations, (r) => r.opened), opinions: total(x.consultations, (r) => r.opinions), answered: total(x.consultations, (r) => r.answered),
    adopted: total(x.consultations, (r) => r.adopted), due: total(x.consultations, (r) => r.feedbackDue), onTime: total(x.consultations, (r) => r.feedbackOnTime),
  };
  const sections: ReportSection[] = [
    {
      ...REPORT_SECTIONS[0], editable: false,
      paragraphs: [
        `截至 ${x.asOf}，全市在册中小企业 ${int(x.sme.count)} 户，其中 ${x.year} 年新增中小企业 ${int(x.sme.entries)} 户；已报送年度数据的中小企业从业人员 ${int(x.sme.employment)} 人，营业收入 ${int(x.sme.revenueWan)} 万元。`,
        `${x.year} 年全市新登记企业 ${int(x.sme.registrations)} 户（不含个体工商户），其中 ${int(x.sme.unclassified)} 户尚未报送年度数据、暂未划型。“新增中小企业”只计已按划型标准划为中型、小型、微型的企业，未划型的新登记企业在报送年度数据后计入中小企业户数。`,
        `按企业规模：${x.sme.bySize.map((s) => `${s.sizeZh}企业 ${int(s.count)} 户`).join('，')}。`,
      ],
      tables: [{ captionZh: '表1 各区中小企业户数（少于3户的数据不予公布，以“x”表示）', headers: ['区', '户数'], rows: x.byDistrict.map((d) => [d.nameZh, d.count === null ? 'x' : int(d.count)]) }],
    },
    {
      ...REPORT_SECTIONS[1], editable: false,
      paragraphs: [x.funds.length === 0
        ? `${x.year} 年未登记扶持资金。`
        : `${x.year} 年扶持中小企业发展资金预算合计 ${wanYuanText(fundsBudget)}，已兑付 ${wanYuanText(fundsPaid)}（执行率 ${pct(fundsPaid, fundsBudget)}），其中兑付给小型、微型企业 ${wanYuanText(smallMicro)}，占 ${pct(smallMicro, fundsPaid)}。`,
      ...fundEvaluationParagraphs(x)],
      tables: [{ captionZh: '表2 扶持资金使用情况', headers: ['资金', '预算', '已兑付', '其中小微企业'], rows: x.funds.map((f) => [f.nameZh, wanYuanText(f.budgetFen), wanYuanText(f.paidFen), wanYuanText(f.smallMicroPaidFen)]) }],
    },
    {
      ...REPORT_SECTIONS[2], editable: false,
      paragraphs: [
        `${x.year} 年惠企政策受理 ${int(x.policies.reduce((a, p) => a + p.cases, 0))} 件，已兑付 ${int(x.policies.reduce((a, p) => a + p.paidCases, 0))} 件。`,
        `企业诉求办结 ${int(closed)} 件，按时办结率 ${pct(onTime, closed)}；政府采购项目预算 ${wanYuanText(procBudget)}，预留中小企业份额 ${wanYuanText(procReserved)}（${pct(procReserved, procBudget)}）。`,
        `涉企检查：各部门“双随机”抽查计划抽中企业 ${int(insp.planned)} 户次，实施检查 ${int(insp.done)} 户次，其中发现问题 ${int(insp.found)} 户次（${pct(insp.found, insp.done)}）。`,
        `融资服务：企业在平台发布融资需求 ${int(fin.demands)} 笔、${wanYuanText(fin.demandFen)}；金融机构发放贷款 ${int(fin.loans)} 笔、${wanYuanText(fin.loanFen)}，其中首贷 ${int(fin.first)} 笔、${wanYuanText(fin.firstFen)}，信用贷款 ${int(fin.credit)} 笔、${wanYuanText(fin.creditFen)}。`,
        `征求意见：起草涉企法规政策征求意见 ${int(cons.opened)} 次，收到意见 ${int(cons.opinions)} 条，已答复 ${int(cons.answered)} 条，其中全部或部分采纳 ${int(cons.adopted)} 条（${pct(cons.adopted, cons.answered)}）；应反馈采纳情况 ${int(cons.due)} 件，按期反馈 ${int(cons.onTime)} 件（${pct(cons.onTime, cons.due)}，反馈期限按征求意见截止后 ${x.feedbackTargetDays} 日计，为本平台设定的统计口径）。`,
      ],
      tables: [
        { captionZh: '表3 各项政策兑现情况', headers: ['政策', '受理', '已兑付', '兑付金额'], rows: x.policies.map((p) => [p.nameZh, int(p.cases), int(p.paidCases), wanYuanText(p.paidFen)]) },
        { captionZh: '表4 各部门诉求按时办结情况', headers: ['部门', '办结', '按时办结', '按时办结率'], rows: x.appeals.map((a) => [a.departmentZh, int(a.closed), int(a.onTime), pct(a.onTime, a.closed)]) },
        { captionZh: '表5 各部门政府采购预留中小企业份额', headers: ['部门', '项目预算', '预留份额', '其中小微企业'], rows: x.procurement.map((p) => [p.departmentZh, wanYuanText(p.budgetFen), wanYuanText(p.reservedFen), wanYuanText(p.smallMicroFen)]) },
        { captionZh: '表6 各部门涉企检查情况', headers: ['部门', '计划抽查（户次）', '实施检查（户次）', '发现问题（户次）'], rows: x.inspections.map((r) => [r.departmentZh, int(r.planned), int(r.done), int(r.withFindings)]) },
        {
          captionZh: '表7 融资对接情况', headers: ['金融机构', '融资需求（笔）', '需求金额', '发放贷款（笔）', '贷款金额', '其中首贷', '其中信用贷款'],
          rows: x.financing.map((r) => [r.institutionZh ?? '尚未对接', int(r.demands), wanYuanText(r.demandFen), int(r.loans), wanYuanText(r.loanFen), wanYuanText(r.firstLoanFen), wanYuanText(r.creditLoanFen)]),
        },
        {
          captionZh: '表8 各部门征求意见情况', headers: ['部门', '征求意见（次）', '收到意见（条）', '采纳率', '按时反馈率'],
          rows: x.consultations.map((r) => [r.departmentZh, int(r.opened), int(r.opinions), pct(r.adopted, r.answered), pct(r.feedbackOnTime, r.feedbackDue)]),
        },
      ],
    },
    { ...REPORT_SECTIONS[3], editable: true, paragraphs: text('PROBLEMS', '（待填写：由市中小企业主管部门根据上述情况撰写存在的问题及对策。）'), tables: [] },
    { ...REPORT_SECTIONS[4], editable: true, paragraphs: text('OTHER', '无。'), tables: [] },
  ];
  return {
    year: x.year,
    titleZh: `${x.year} 年度深圳市中小企业发展情况报告`,
    asOf: x.asOf,
    article: REPORT_ARTICLE,
    sections,
    sources: ['sme-count', 'sme-entries', 'registrations', 'sme-employment', 'sme-revenue', 'funds-budget', 'benefits-paid', 'appeals-on-time', 'procurement-sme-share',
      'inspections-planned', 'inspections-done', 'inspections-with-findings', 'financing-demands', 'first-loans', 'credit-loans',
      'consultations-opened', 'consultation-opinions', 'consultation-adoption', 'consultation-feedback-on-time'].map((indicatorId) => ({ indicatorId, asOf: x.asOf })),
  };
}
