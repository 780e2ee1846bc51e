/**
 * The indicators of the statistics module as data: what each one counts, from which source, by
 * which breakdowns, and the article that asks for it. A definition page and the annual report both
 * read these, so a figure printed anywhere can be traced to its formula.
 */

/** The breakdowns an indicator may be shown by. */
export const BREAKDOWNS = ['sizeClass', 'district', 'industrySection', 'month', 'policy', 'fund', 'department'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export type IndicatorSource = 'REGISTRY_SNAPSHOT' | 'BENEFITS' | 'FUNDS' | 'APPEALS' | 'PROCUREMENT';
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
];

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((d) => d.id === id);
}
