/**
 * The indicators of the statistics module as data: what each one counts, from which source, by
 * which breakdowns, and the article that asks for it. A definition page and the annual report both
 * read these, so a figure printed anywhere can be traced to its formula.
 */

/** The breakdowns an indicator may be shown by. */
export const BREAKDOWNS = ['sizeClass', 'district', 'industrySection', 'month', 'policy', 'fund', 'department', 'institution'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export type IndicatorSource = 'REGISTRY_SNAPSHOT' | 'BENEFITS' | 'FUNDS' | 'APPEALS' | 'PROCUREMENT' | 'INSPECTIONS' | 'FINANCING' | 'CONSULTATION';
/** FEN: integer fen; WAN_YUAN: whole 万元 (sums over the registry pass 2^53 fen, so they are given in 万元). */
export type IndicatorUnit = 'ENTERPRISES' | 'PERSONS' | 'FEN' | 'WAN_YUAN' | 'CASES' | 'PERCENT';

export interface IndicatorDefinition {
  id: string;
  nameZh: string;
  nameEn: string;
  formulaZh: string;
  formulaEn: string;
  unit: IndicatorUnit;
  sources: IndicatorSource[];
  breakdowns: Breakdown[];
  /** Law addresses of the articles that ask for it. */
  articles: string[];
  /** Whether it is published on the public statistics page (with disclosure control). */
  published: boolean;
}

const SZ_SME = 'cn-gd-sz/regulation/sme-promotion@2025-01-23';

/**
 * When the 采纳情况反馈 of a consultation counts as on time: published within this many days after
 * the last day of the comment period. 000 第七十一条 asks for the feedback but sets no period and no
 * text in the library does — a configured target, unverified.
 */
export const CONSULTATION_FEEDBACK_TARGET: { days: number; unverified: true; reference: string; note: string } = {
  days: 30,
  unverified: true,
  reference: `${SZ_SME}#art_71`,
  note: '第七十一条只要求对意见采纳情况予以反馈，未规定期限；30 日为本平台设定的统计口径，待主管部门确认 / the article sets no period; 30 days is this platform\'s target, to be confirmed',
};

/** Module indicators of the year of the month, up to its last day (SQL aggregates over the module's own tables). */
const YEAR_TO_DATE_ZH = '当年 1 月 1 日至该月末';
const YEAR_TO_DATE_EN = 'from 1 January to the end of the month';
const REGISTRY_BREAKDOWNS: Breakdown[] = ['sizeClass', 'district', 'industrySection', 'month'];

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'sme-count',
    nameZh: '中小企业户数',
    nameEn: 'Number of SMEs',
    formulaZh: '月末在册、按当日施行的划型标准划为中型、小型或微型的企业户数（个体工商户除外）',
    formulaEn: 'Enterprises on the register at the end of the month classed medium, small or micro under the size standard in force on that day (individual businesses excluded)',
    unit: 'ENTERPRISES', sources: ['REGISTRY_SNAPSHOT'], breakdowns: REGISTRY_BREAKDOWNS, articles: [`${SZ_SME}#art_7`], published: true,
  },
  {
    id: 'sme-entries',
    nameZh: '新增中小企业户数',
    nameEn: 'New SMEs (classified)',
    formulaZh: '成立日期在该月内、月末已按当日施行的划型标准划为中型、小型或微型的在册企业户数。新登记企业在报送年度数据之前无法划型，不计入本指标，计入“新登记企业户数”的“未划型”',
    formulaEn: 'Enterprises on the register whose registration date falls in the month and that are classed medium, small or micro at the end of the month. A new registration cannot be classed before it reports yearly figures; it is not counted here but as "not yet classified" under "New registrations"',
    unit: 'ENTERPRISES', sources: ['REGISTRY_SNAPSHOT'], breakdowns: REGISTRY_BREAKDOWNS, articles: [`${SZ_SME}#art_7`], published: true,
  },
  {
    id: 'registrations',
    nameZh: '新登记企业户数',
    nameEn: 'New registrations',
    formulaZh: '成立日期在该月内的在册企业户数（个体工商户除外），不论能否划型；按月末划型结果分为大型、中型、小型、微型，尚无年度数据或无法划型的计为“未划型”',
    formulaEn: 'Enterprises on the register whose registration date falls in the month (individual businesses excluded), classed or not; by their size class at the end of the month, "not yet classified" where they have no yearly figures or the standard cannot class them',
    unit: 'ENTERPRISES', sources: ['REGISTRY_SNAPSHOT'], breakdowns: REGISTRY_BREAKDOWNS, articles: [`${SZ_SME}#art_7`], published: true,
  },
  {
    id: 'sme-employment',
    nameZh: '中小企业从业人员',
    nameEn: 'Employment in SMEs',
    formulaZh: '中小企业最近一个已报送年度的从业人员合计（未报送者不计）',
    formulaEn: 'Sum of employees of SMEs in their latest reported year (enterprises that did not report are not counted)',
    unit: 'PERSONS', sources: ['REGISTRY_SNAPSHOT'], breakdowns: REGISTRY_BREAKDOWNS, articles: [`${SZ_SME}#art_7`], published: true,
  },
  {
    id: 'sme-revenue',
    nameZh: '中小企业营业收入',
    nameEn: 'Revenue of SMEs',
    formulaZh: '中小企业最近一个已报送年度的营业收入合计（万元，四舍五入）',
    formulaEn: 'Sum of revenue of SMEs in their latest reported year (10k yuan, rounded)',
    unit: 'WAN_YUAN', sources: ['REGISTRY_SNAPSHOT'], breakdowns: REGISTRY_BREAKDOWNS, articles: [`${SZ_SME}#art_7`], published: true,
  },
  {
    id: 'benefits-paid',
    nameZh: '惠企资金兑付金额',
    nameEn: 'Benefits paid',
    formulaZh: '当年已到账（银行回单确认）的兑付金额合计，按政策分列',
    formulaEn: 'Sum of payments settled by the bank in the year, by policy',
    unit: 'FEN', sources: ['BENEFITS'], breakdowns: ['policy', 'month'], articles: [`${SZ_SME}#art_6`], published: false,
  },
  {
    id: 'funds-budget',
    nameZh: '扶持资金预算与兑付',
    nameEn: 'Support funds: budget and paid',
    formulaZh: '当年各专项资金预算，已兑付金额，以及兑付给小型、微型企业的占比',
    formulaEn: 'Budget of each fund of the year, amount paid, and the share paid to small and micro enterprises',
    unit: 'FEN', sources: ['FUNDS', 'BENEFITS'], breakdowns: ['fund'], articles: [`${SZ_SME}#art_6`, `${SZ_SME}#art_56`], published: false,
  },
  {
    id: 'appeals-on-time',
    nameZh: '诉求按时办结率',
    nameEn: 'Appeals closed on time',
    formulaZh: '当年提交且已办结的诉求中，办结时未逾期的比例，按承办部门分列',
    formulaEn: 'Of the appeals submitted in the year and closed, the share closed before their deadline, by department',
    unit: 'PERCENT', sources: ['APPEALS'], breakdowns: ['department'], articles: [`${SZ_SME}#art_6`], published: false,
  },
  {
    id: 'procurement-sme-share',
    nameZh: '政府采购预留中小企业份额',
    nameEn: 'Government procurement reserved for SMEs',
    formulaZh: '当年采购项目预算中预留给中小企业的金额及其中小微企业份额占比，按采购部门分列',
    formulaEn: 'Of the year\'s procurement budgets, the amount reserved for SMEs and the small-and-micro part, by department',
    unit: 'FEN', sources: ['PROCUREMENT'], breakdowns: ['department'], articles: [`${SZ_SME}#art_6`], published: false,
  },
  {
    id: 'inspections-planned',
    nameZh: '涉企检查计划户次',
    nameEn: 'Inspections planned',
    formulaZh: '当年“双随机”抽查计划（已撤销的除外）抽中的企业户次，按实施部门分列',
    formulaEn: 'Enterprises drawn in the year\'s random inspection plans (cancelled plans excluded), by department',
    unit: 'CASES', sources: ['INSPECTIONS'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_68`], published: false,
  },
  {
    id: 'inspections-done',
    nameZh: '涉企检查实施户次',
    nameEn: 'Inspections done',
    formulaZh: `${YEAR_TO_DATE_ZH}已登记检查结果的检查户次（含计划内和应急检查），按实施部门分列`,
    formulaEn: `Inspections with a recorded result, inspected ${YEAR_TO_DATE_EN} (planned and emergency), by department`,
    unit: 'CASES', sources: ['INSPECTIONS'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_68`], published: false,
  },
  {
    id: 'inspections-with-findings',
    nameZh: '发现问题的检查户次',
    nameEn: 'Inspections with findings',
    formulaZh: `${YEAR_TO_DATE_ZH}检查结果为发现问题、责令整改或立案的检查户次，按实施部门分列`,
    formulaEn: `Inspections ${YEAR_TO_DATE_EN} whose result is a problem found, an order to rectify or a case opened, by department`,
    unit: 'CASES', sources: ['INSPECTIONS'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_68`], published: false,
  },
  {
    id: 'financing-demands',
    nameZh: '融资需求金额',
    nameEn: 'Financing demands',
    formulaZh: `${YEAR_TO_DATE_ZH}企业在平台发布的融资需求金额合计（件数见明细），按接单金融机构分列，未接单的单列`,
    formulaEn: `Amount of the financing demands enterprises published on the platform ${YEAR_TO_DATE_EN} (counts in the detail), by the financial institution that took them; demands not taken apart`,
    unit: 'FEN', sources: ['FINANCING'], breakdowns: ['institution'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_58`], published: false,
  },
  {
    id: 'first-loans',
    nameZh: '首贷金额',
    nameEn: 'First loans',
    formulaZh: `${YEAR_TO_DATE_ZH}金融机构对平台融资需求发放的、标记为首次贷款的贷款金额合计（笔数见明细），按金融机构分列`,
    formulaEn: `Amount of the loans granted ${YEAR_TO_DATE_EN} on the platform's financing demands that are the enterprise's first loan (counts in the detail), by financial institution`,
    unit: 'FEN', sources: ['FINANCING'], breakdowns: ['institution'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_58`], published: false,
  },
  {
    id: 'credit-loans',
    nameZh: '信用贷款金额',
    nameEn: 'Credit loans',
    formulaZh: `${YEAR_TO_DATE_ZH}金融机构对平台融资需求发放的无担保信用贷款金额合计（笔数见明细），按金融机构分列`,
    formulaEn: `Amount of the unsecured credit loans granted ${YEAR_TO_DATE_EN} on the platform's financing demands (counts in the detail), by financial institution`,
    unit: 'FEN', sources: ['FINANCING'], breakdowns: ['institution'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_58`], published: false,
  },
  {
    id: 'consultations-opened',
    nameZh: '涉企政策征求意见次数',
    nameEn: 'Consultations opened',
    formulaZh: `${YEAR_TO_DATE_ZH}开始征求意见的涉企法规政策草案件数，按起草部门分列`,
    formulaEn: `Drafts of regulations and policies affecting enterprises opened for comments ${YEAR_TO_DATE_EN}, by drafting department`,
    unit: 'CASES', sources: ['CONSULTATION'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_71`], published: false,
  },
  {
    id: 'consultation-opinions',
    nameZh: '收到意见条数',
    nameEn: 'Opinions received',
    formulaZh: `${YEAR_TO_DATE_ZH}提交且未撤回的意见条数，按起草部门分列`,
    formulaEn: `Comments submitted ${YEAR_TO_DATE_EN} and not withdrawn, by drafting department`,
    unit: 'CASES', sources: ['CONSULTATION'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_71`], published: false,
  },
  {
    id: 'consultation-adoption',
    nameZh: '意见采纳率',
    nameEn: 'Opinions adopted',
    formulaZh: `${YEAR_TO_DATE_ZH}答复的意见中（每条以最后一次答复为准），全部或部分采纳的比例，按起草部门分列`,
    formulaEn: `Of the opinions answered ${YEAR_TO_DATE_EN} (each by its latest answer), the share adopted wholly or in part, by drafting department`,
    unit: 'PERCENT', sources: ['CONSULTATION'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_71`], published: false,
  },
  {
    id: 'consultation-feedback-on-time',
    nameZh: '采纳情况按时反馈率',
    nameEn: 'Feedback published on time',
    formulaZh: `反馈期限（征求意见截止后 ${CONSULTATION_FEEDBACK_TARGET.days} 日，本平台设定，待确认）在${YEAR_TO_DATE_ZH}的，或在此期间发布反馈的征求意见中，按期发布采纳情况反馈的比例（到期未反馈的计为逾期），按起草部门分列`,
    formulaEn: `Of the consultations whose feedback was due ${YEAR_TO_DATE_EN} (${CONSULTATION_FEEDBACK_TARGET.days} days after the comment period — this platform's target, unverified) or was published then, the share whose feedback on the opinions was published by its due day (overdue and unpublished counts as late), by drafting department`,
    unit: 'PERCENT', sources: ['CONSULTATION'], breakdowns: ['department'], articles: [`${SZ_SME}#art_7`, `${SZ_SME}#art_71`], published: false,
  },
];

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((d) => d.id === id);
}
