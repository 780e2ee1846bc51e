import type { BilingualText } from '@huiqi/kernel';

/**
 * The columns of an intake file. `key` is the English header of the contract (`uscc`, `revenue_yuan`);
 * `aliases` are the Chinese headers accepted for it. Headers are matched after trimming, ignoring
 * case, a BOM, full-width brackets and a unit suffix such as （元）.
 */
export interface IntakeColumn {
  key: string;
  aliases: readonly string[];
  label: BilingualText;
  required: boolean;
}

const col = (key: string, zh: string, en: string, aliases: readonly string[], required = true): IntakeColumn => ({ key, aliases: [zh, ...aliases], label: { zh, en }, required });

/** `npx huiqi import enterprises` and the REGISTRY intake kind: one row per enterprise and year. */
export const ENTERPRISE_COLUMNS: readonly IntakeColumn[] = [
  col('uscc', '统一社会信用代码', 'unified social credit code', ['信用代码', '社会信用代码']),
  col('name', '企业名称', 'name', ['名称', '单位名称']),
  col('registered_address', '注册地址', 'registered address', ['住所', '地址']),
  col('district', '所在区', 'district', ['区', '辖区', '行政区']),
  col('industry_code', '行业代码', 'industry code', ['国民经济行业代码', '行业']),
  col('registration_date', '成立日期', 'registration date', ['登记日期', '注册日期', '成立时间']),
  col('taxpayer_type', '纳税人类型', 'taxpayer type', ['纳税人资格']),
  col('year', '年度', 'year', ['统计年度', '年份'], false),
  col('employees', '从业人员', 'employees', ['从业人数', '从业人员数', '职工人数'], false),
  col('revenue_yuan', '营业收入', 'revenue (yuan)', ['营业收入（元）', '营业收入(元)'], false),
  col('total_assets_yuan', '资产总额', 'total assets (yuan)', ['资产总额（元）', '资产总额(元)'], false),
  col('legal_representative', '法定代表人', 'legal representative', ['法人代表', '法定代表人姓名'], false),
];

/** The yearly figures of one year (YEARLY_FIGURES): columns year…total_assets_yuan are one group. */
export const FIGURE_GROUP = ['year', 'employees', 'revenue_yuan', 'total_assets_yuan'] as const;

/** The YEARLY_FIGURES intake kind (统计/税务): figures of registered enterprises. */
export const YEARLY_FIGURE_COLUMNS: readonly IntakeColumn[] = [
  col('uscc', '统一社会信用代码', 'unified social credit code', ['信用代码', '社会信用代码']),
  col('year', '年度', 'year', ['统计年度', '年份']),
  col('employees', '从业人员', 'employees', ['从业人数', '从业人员数', '职工人数']),
  col('revenue_yuan', '营业收入', 'revenue (yuan)', ['营业收入（元）', '营业收入(元)']),
  col('total_assets_yuan', '资产总额', 'total assets (yuan)', ['资产总额（元）', '资产总额(元)']),
  col('rd_expense_yuan', '研发费用', 'R&D expense (yuan)', ['研发费用（元）', '研发费用(元)'], false),
  col('main_business_revenue_yuan', '主营业务收入', 'main business revenue (yuan)', ['主营业务收入（元）', '主营业务收入(元)'], false),
];
