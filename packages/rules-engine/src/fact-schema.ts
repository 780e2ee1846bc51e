import { bi, SIZE_SECTORS, type BilingualText } from '@huiqi/kernel';

/**
 * The enterprise fact schema: the one list of facts a rule may read. Profile facts come from the
 * registry, yearly figures are the prior fiscal year's (as the size standard and the 声明函 use them),
 * declared facts are what an enterprise states when it checks or applies for a policy.
 * Money is integer fen inside the engine; the CLI accepts yuan and converts exactly.
 */
export type FactType = 'number' | 'bool' | 'string' | 'date' | 'list';
export type Unit = 'fen' | 'ratio' | 'people' | 'years' | 'months' | 'days' | 'working_days' | 'hours' | 'count' | 'score' | 'rank';

export interface FactField {
  type: FactType;
  unit?: Unit;
  /** Allowed codes for string facts and list members. */
  values?: readonly string[];
  group: 'profile' | 'yearly' | 'declared';
  label: BilingualText;
  description?: BilingualText;
  /** Numbers must not be negative (headcounts, money, counts). */
  nonNegative?: boolean;
}

const money = (group: FactField['group'], label: BilingualText, description?: BilingualText): FactField => ({
  type: 'number',
  unit: 'fen',
  group,
  label,
  nonNegative: true,
  ...(description ? { description } : {}),
});
const count = (group: FactField['group'], unit: Unit, label: BilingualText): FactField => ({ type: 'number', unit, group, label, nonNegative: true });
const flag = (group: FactField['group'], label: BilingualText): FactField => ({ type: 'bool', group, label });

export const QUALIFICATION_TAGS = ['HIGH_TECH', 'TECH_SME', 'SPECIALIZED', 'LITTLE_GIANT', 'INNOVATIVE_SME'] as const;

export const FACT_SCHEMA = {
  // ── profile (registry) ──
  industryCode: { type: 'string', group: 'profile', label: bi('行业代码（GB/T 4754-2017）', 'industry code (GB/T 4754-2017)'), description: bi('主要经济活动所属行业，如 C39、F52、K7010', 'industry of the main economic activity, e.g. C39, F52, K7010') },
  sizeSector: { type: 'string', values: SIZE_SECTORS, group: 'profile', label: bi('划型行业', 'size sector'), description: bi('划型标准的16个行业之一；给出时优先于行业代码', 'one of the 16 sectors of the size standard; takes precedence over the industry code') },
  isIndividualBusiness: flag('profile', bi('是否个体工商户', 'is an individual business')),
  registrationDate: { type: 'date', group: 'profile', label: bi('成立日期', 'registration date') },
  taxpayerType: { type: 'string', values: ['GENERAL', 'SMALL_SCALE'], group: 'profile', label: bi('纳税人类型', 'taxpayer type') },
  tags: { type: 'list', values: QUALIFICATION_TAGS, group: 'profile', label: bi('资质标签', 'qualification tags'), description: bi('有效期内的资质：高新技术企业、科技型中小企业、专精特新、小巨人、创新型中小企业', 'qualifications currently valid') },
  taxCreditRating: { type: 'string', values: ['A', 'B', 'M', 'C', 'D'], group: 'profile', label: bi('纳税信用等级（最近评价年度）', 'tax credit rating (latest evaluation year)'), description: bi('税务部门评定的纳税信用等级 A、B、M、C、D，由税务部门报送', 'the tax credit rating A, B, M, C or D, delivered by the tax department') },
  isControlledByLargeEnterprise: flag('profile', bi('与大企业存在直接控股、管理关系或负责人为同一人', 'has a direct control or management link with a large enterprise, or shares its person in charge')),
  // ── yearly figures (prior fiscal year unless named otherwise) ──
  employees: count('yearly', 'people', bi('从业人员', 'employees')),
  revenue: money('yearly', bi('营业收入', 'revenue')),
  totalAssets: money('yearly', bi('资产总额', 'total assets')),
  totalLiabilities: money('yearly', bi('负债总额', 'total liabilities')),
  mainBusinessRevenue: money('yearly', bi('主营业务收入', 'main-business revenue')),
  mainBusinessRevenueYearBefore: money('yearly', bi('前年主营业务收入', 'main-business revenue, year before')),
  mainBusinessRevenueTwoYearsBefore: money('yearly', bi('大前年主营业务收入', 'main-business revenue, two years before')),
  revenueYearBefore: money('yearly', bi('前年营业收入', 'revenue, year before')),
  revenueTwoYearsBefore: money('yearly', bi('大前年营业收入', 'revenue, two years before')),
  rdExpense: money('yearly', bi('研发费用', 'R&D expense')),
  rdExpenseYearBefore: money('yearly', bi('前年研发费用', 'R&D expense, year before')),
  rdStaff: count('yearly', 'people', bi('研发人员', 'R&D staff')),
  taxableIncome: money('yearly', bi('年应纳税所得额', 'annual taxable income')),
  rdExpenseExpensed: money('yearly', bi('未形成无形资产计入当期损益的研发费用', 'R&D expense charged to profit and loss')),
  rdIntangibleCost: money('yearly', bi('研发形成的无形资产成本', 'cost of intangible assets formed by R&D')),
  monthlySales: money('yearly', bi('月销售额（增值税）', 'monthly sales (VAT)')),
  // ── declared facts ──
  yearsInNicheMarket: count('declared', 'years', bi('从事特定细分市场年限', 'years in the niche market')),
  ipClass1Count: count('declared', 'count', bi('与主导产品相关的有效Ⅰ类知识产权数', 'valid class-I IP items related to the main product')),
  ipClass1HighValueCount: count('declared', 'count', bi('Ⅰ类高价值知识产权数', 'class-I high-value IP items')),
  ipClass1SelfDevelopedCount: count('declared', 'count', bi('自主研发Ⅰ类知识产权数', 'self-developed class-I IP items')),
  ipClass2Count: count('declared', 'count', bi('Ⅱ类知识产权数', 'class-II IP items')),
  isStrategicEmergingIndustry: flag('declared', bi('主导产品属于《战略性新兴产业分类》', 'main product is in the strategic emerging industries catalogue')),
  hasScienceAward3y: flag('declared', bi('近三年获国家级或省级科技奖励', 'national or provincial science award within 3 years')),
  hasTopRankScienceAward3y: flag('declared', bi('近三年获省级科技奖励且排名前三或国家级且排名前五', 'provincial award (top 3) or national award (top 5) within 3 years')),
  hasInnovationTitle: flag('declared', bi('有效期内的国家级技术创新示范企业、知识产权优势或示范企业称号', 'valid national technology-innovation demonstration or IP advantage/demonstration title')),
  hasProvincialRdInstitution: flag('declared', bi('拥有经认定的省部级以上研发机构', 'accredited R&D institution at provincial-ministerial level or above')),
  hasRdInstitution: flag('declared', bi('拥有自建或合作共建的研发机构', 'own or jointly built R&D institution')),
  equityFinancing2y: money('declared', bi('近两年新增股权融资（实缴）', 'new paid-in equity financing, last 2 years')),
  equityFinancing3y: money('declared', bi('近三年新增股权融资（实缴）', 'new paid-in equity financing, last 3 years')),
  rdExpenseAvg2y: money('declared', bi('近两年研发费用平均额', 'average R&D expense, last 2 years')),
  innovativeSmeScore: count('declared', 'score', bi('创新型中小企业评价得分（自评）', 'innovative-SME evaluation score (self-assessed)')),
  specializedScore: count('declared', 'score', bi('专精特新评价得分', 'specialized-SME evaluation score')),
  littleGiantScore: count('declared', 'score', bi('专精特新"小巨人"评价得分', 'little-giant evaluation score')),
  hasInformationSystem: flag('declared', bi('至少1项核心业务采用信息系统支撑', 'at least one core business supported by information systems')),
  hasQualityCertification: flag('declared', bi('取得管理体系认证或发达国家和地区产品认证', 'management-system certification or product certification in developed markets')),
  marketShare: { type: 'number', unit: 'ratio', group: 'declared', label: bi('细分市场全国占有率', 'national niche-market share'), nonNegative: true },
  hasOwnBrand: flag('declared', bi('拥有直接面向市场并具有竞争优势的自主品牌', 'own brand with competitive advantage')),
  makerChinaNationalRank: count('declared', 'rank', bi('创客中国大赛全国名次（近三年）', 'national rank in the Maker China contest (last 3 years)')),
  isNationalTop3InNiche: flag('declared', bi('主导产品全国细分市场占有率位居国内前三', 'main product ranks in the top 3 of its national niche market')),
  hasNationalScienceAwardTop3In3y: flag('declared', bi('近三年获国家级科技奖励且在获奖单位中排名前三（小巨人知识产权要求的豁免情形）', 'national science award within 3 years, ranked in the top 3 of the award winners (exempts the little-giant IP requirement)')),
  ipRequirementExemptionConfirmed: flag('declared', bi('经认定部门确认符合Ⅰ类知识产权要求的豁免情形（科技奖励或研发机构）', 'the recognising department confirmed an exemption from the class-I IP requirement (science award or R&D institution)')),
  makerChinaShenzhenAward: flag('declared', bi('项目在创客中国深圳赛区获奖', 'project won an award in the Shenzhen division of Maker China')),
  bidCategory: { type: 'string', values: ['GOODS', 'SERVICES', 'WORKS'], group: 'declared', label: bi('采购标的类别', 'procurement category') },
  bidPrice: money('declared', bi('投标报价', 'bid price')),
  bidIsReservedProject: flag('declared', bi('项目（包）专门面向中小企业采购', 'project or lot reserved for SMEs')),
  bidAllBySmallMicro: flag('declared', bi('全部货物由小微企业制造／工程由小微企业施工／服务由小微企业承接', 'all goods made, works built or services performed by small or micro enterprises')),
  consortiumSmallMicroShare: { type: 'number', unit: 'ratio', group: 'declared', label: bi('联合体或分包中小微企业合同份额占比', 'contract share of small and micro enterprises in the consortium or subcontract'), nonNegative: true },
  firstLoanDate: { type: 'date', group: 'declared', label: bi('首次获得贷款日期', 'date of the first loan') },
  firstLoanPrincipal: money('declared', bi('首贷本金', 'first-loan principal')),
  firstLoanMonths: count('declared', 'months', bi('首贷计息月数', 'months of interest on the first loan')),
  firstLoanFromShenzhenBank: flag('declared', bi('贷款银行为深圳辖内商业银行', 'lender is a commercial bank within Shenzhen')),
  isFirstLoan: flag('declared', bi('为企业首次获得银行贷款', 'first bank loan the enterprise ever obtained')),
  guaranteeAmount: money('declared', bi('担保金额', 'guaranteed amount')),
  guaranteeFeeRate: { type: 'number', unit: 'ratio', group: 'declared', label: bi('原担保费率', 'original guarantee fee rate'), nonNegative: true },
  guaranteeByGovernmentInstitution: flag('declared', bi('由政府性融资担保机构担保', 'guaranteed by a government financing-guarantee institution')),
  interestPaid: money('declared', bi('当年实际支付利息', 'interest actually paid in the year')),
  interestSubsidyBaseRatio: { type: 'number', unit: 'ratio', group: 'declared', label: bi('原贴息支持比例', 'base interest-subsidy ratio'), nonNegative: true },
  isRegisteredTechSme: flag('declared', bi('为入库科技型中小企业', 'registered in the technology-SME database')),
  // ── a loan-loss risk-compensation claim (rules/financing/sz-loan-risk-compensation.yaml; facts of the bank's records, never asked of an enterprise) ──
  pooledLoanPrincipal: money('declared', bi('入池贷款本金', 'principal of the loan registered in the risk pool')),
  pooledLoanGrantedOn: { type: 'date', group: 'declared', label: bi('入池贷款发放日期', 'date the pooled loan was granted') },
  loanLossPrincipal: money('declared', bi('不良贷款本金损失', 'principal lost on the defaulted loan')),
} as const satisfies Record<string, FactField>;

export type FactName = keyof typeof FACT_SCHEMA;

export function factField(name: string): FactField | undefined {
  return Object.prototype.hasOwnProperty.call(FACT_SCHEMA, name) ? (FACT_SCHEMA as Record<string, FactField>)[name] : undefined;
}
