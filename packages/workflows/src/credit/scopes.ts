import type { BilingualText } from '@huiqi/kernel';

/**
 * 数据范围: the data an enterprise may open to a financial institution (persisted codes, never renamed).
 * `held` says whether the platform holds the data today (registry, figures, tags; tax credit ratings and
 * insured headcounts delivered by departments through data intake); a scope it does not hold can be granted but a
 * read answers "not held" (never an empty value that looks like a clean record).
 */
export const CREDIT_SCOPES = [
  'REGISTRY_PROFILE',
  'YEARLY_FIGURES',
  'QUALIFICATIONS',
  'TAX_CREDIT_RATING',
  'SOCIAL_SECURITY_HEADCOUNT',
  'BENEFITS_RECEIVED',
  'PROCUREMENT_AWARDS',
  'ARREARS_COMPLAINTS_WON',
  'PUBLIC_CREDIT_MARKS',
] as const;
export type CreditScope = (typeof CREDIT_SCOPES)[number];

/**
 * 授权方式: FULL — the institution reads the values; VERIFY_ONLY — it may only ask yes/no questions
 * answered from government data without seeing the value (核验).
 */
export const ACCESS_LEVELS = ['FULL', 'VERIFY_ONLY'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface ScopeInfo {
  label: BilingualText;
  /** The platform holds this data (registry, figures, tags); otherwise a read answers "not held". */
  held: boolean;
  /** Yes/no verification questions may be asked about this scope. */
  verifiable: boolean;
}

export const CREDIT_SCOPE_INFO: Record<CreditScope, ScopeInfo> = {
  REGISTRY_PROFILE: { label: { zh: '登记信息', en: 'registry profile' }, held: true, verifiable: false },
  YEARLY_FIGURES: { label: { zh: '年度经营数据', en: 'yearly figures' }, held: true, verifiable: true },
  QUALIFICATIONS: { label: { zh: '资质认定', en: 'qualifications' }, held: true, verifiable: true },
  TAX_CREDIT_RATING: { label: { zh: '纳税信用等级', en: 'tax credit rating' }, held: true, verifiable: false },
  SOCIAL_SECURITY_HEADCOUNT: { label: { zh: '社保参保人数', en: 'social-security headcount' }, held: true, verifiable: false },
  BENEFITS_RECEIVED: { label: { zh: '已获惠企政策', en: 'benefits received' }, held: false, verifiable: false },
  PROCUREMENT_AWARDS: { label: { zh: '政府采购中标', en: 'procurement awards' }, held: false, verifiable: false },
  ARREARS_COMPLAINTS_WON: { label: { zh: '胜诉的拖欠账款投诉', en: 'arrears complaints won' }, held: false, verifiable: false },
  /** Marks in publication or in the record and not repaired (社会信用条例 第二十六条第一款: beyond what is published, only with consent). */
  PUBLIC_CREDIT_MARKS: { label: { zh: '公共信用记录（失信记录）', en: 'public credit marks' }, held: true, verifiable: false },
};

/** One granted scope with its level. */
export interface ScopeGrant {
  scope: CreditScope;
  access: AccessLevel;
}

export const isCreditScope = (s: string): s is CreditScope => (CREDIT_SCOPES as readonly string[]).includes(s);
