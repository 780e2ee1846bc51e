import type { BilingualText } from '@huiqi/kernel';

/**
 * Service categories (服务类别) of the public service system, as listed by 深圳 第十五条 and
 * 上海 第十二条 (`SERVICES_ARTICLES.marketServices`, `.serviceCategories`). Persisted codes: never renamed.
 */
export const SERVICE_CATEGORIES = [
  'STARTUP_TRAINING', // 创业培训与辅导
  'IP_PROTECTION', // 知识产权保护
  'MANAGEMENT_CONSULTING', // 管理咨询
  'INFORMATION_CONSULTING', // 信息咨询
  'CREDIT_SERVICES', // 信用服务
  'MARKETING', // 市场营销
  'PROJECT_DEVELOPMENT', // 项目开发
  'INVESTMENT_FINANCING', // 投融资
  'FINANCE_TAX', // 财会税务
  'PROPERTY_RIGHTS_TRADING', // 产权交易
  'TECHNICAL_SUPPORT', // 技术支持
  'TALENT_HR', // 人才引进 / 人力资源
  'FOREIGN_COOPERATION', // 对外合作
  'EXHIBITIONS', // 展览展销
  'LEGAL_CONSULTING', // 法律咨询
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, BilingualText> = {
  STARTUP_TRAINING: { zh: '创业培训与辅导', en: 'start-up training and coaching' },
  IP_PROTECTION: { zh: '知识产权保护', en: 'intellectual-property protection' },
  MANAGEMENT_CONSULTING: { zh: '管理咨询', en: 'management consulting' },
  INFORMATION_CONSULTING: { zh: '信息咨询', en: 'information consulting' },
  CREDIT_SERVICES: { zh: '信用服务', en: 'credit services' },
  MARKETING: { zh: '市场营销', en: 'marketing' },
  PROJECT_DEVELOPMENT: { zh: '项目开发', en: 'project development' },
  INVESTMENT_FINANCING: { zh: '投融资', en: 'investment and financing' },
  FINANCE_TAX: { zh: '财会税务', en: 'accounting and tax' },
  PROPERTY_RIGHTS_TRADING: { zh: '产权交易', en: 'property-rights trading' },
  TECHNICAL_SUPPORT: { zh: '技术支持', en: 'technical support' },
  TALENT_HR: { zh: '人才引进与人力资源', en: 'talent and human resources' },
  FOREIGN_COOPERATION: { zh: '对外合作', en: 'international cooperation' },
  EXHIBITIONS: { zh: '展览展销', en: 'exhibitions and trade fairs' },
  LEGAL_CONSULTING: { zh: '法律咨询', en: 'legal consulting' },
};

export const isServiceCategory = (v: unknown): v is ServiceCategory => typeof v === 'string' && (SERVICE_CATEGORIES as readonly string[]).includes(v);
