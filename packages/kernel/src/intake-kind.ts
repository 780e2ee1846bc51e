import type { BilingualText } from './messages';

/**
 * What a department may deliver to the platform (数据归集): one code per kind of intake batch.
 * Persisted codes (token scopes, batch records, fact provenance): never renamed.
 */
export const INTAKE_KINDS = [
  'REGISTRY', // 市场监管: the enterprise registry (name, address, district, industry, registration date, taxpayer type)
  'YEARLY_FIGURES', // 统计/税务: employees, revenue, total assets per year
  'SOCIAL_SECURITY_HEADCOUNT', // 社保: insured headcount per month
  'TAX_CREDIT_RATING', // 税务: 纳税信用等级 per year
  'QUALIFICATIONS', // 科技/工信: certificates with validity (高新技术企业, 科技型中小企业入库编号, 专精特新 …)
  'LOAN_RECORDS', // 金融: loans granted (for the first-loan subsidy)
  'SHARED_FACTS', // any other fact that 免申即享 compares
] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

export const INTAKE_KIND_NAMES: Record<IntakeKind, BilingualText> = {
  REGISTRY: { zh: '企业登记信息', en: 'enterprise registry' },
  YEARLY_FIGURES: { zh: '年度经营数据', en: 'yearly figures' },
  SOCIAL_SECURITY_HEADCOUNT: { zh: '社保参保人数', en: 'social-security headcount' },
  TAX_CREDIT_RATING: { zh: '纳税信用等级', en: 'tax credit rating' },
  QUALIFICATIONS: { zh: '资质证书', en: 'qualification certificates' },
  LOAN_RECORDS: { zh: '银行贷款记录', en: 'bank loan records' },
  SHARED_FACTS: { zh: '共享数据', en: 'shared facts' },
};

export const isIntakeKind = (value: unknown): value is IntakeKind => typeof value === 'string' && (INTAKE_KINDS as readonly string[]).includes(value);
