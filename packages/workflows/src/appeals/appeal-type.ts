import type { BilingualText } from '@huiqi/kernel';
import { APPEAL_TYPE_WORDS } from './appeals-labels';

/** Persisted appeal-type codes (诉求类型). Never renamed. */
export const APPEAL_TYPES = ['POLICY_QUESTION', 'REQUEST', 'COMPLAINT', 'ARREARS_COMPLAINT', 'INSPECTION_COMPLAINT'] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];

export interface AppealTypeInfo {
  label: BilingualText;
  description: BilingualText;
  /**
   * Whether a reporter may submit without revealing an identity to the handling departments.
   * Reports of wrongdoing (投诉举报, complaints about inspections) may be anonymous so that a
   * reporter need not fear retaliation; the others need an identified enterprise because the
   * answer is about its own situation — an arrears complaint in particular requires a contract
   * between the complainant and the debtor (保障中小企业款项支付条例 2025 第二十五条).
   */
  isAnonymousAllowed: boolean;
  /** Keywords for discovery (Open311 `keywords`). */
  keywords: readonly string[];
}

export const appealTypes = {
  POLICY_QUESTION: {
    ...APPEAL_TYPE_WORDS.POLICY_QUESTION,
    isAnonymousAllowed: false,
    keywords: ['政策', '咨询', 'policy'],
  },
  REQUEST: {
    ...APPEAL_TYPE_WORDS.REQUEST,
    isAnonymousAllowed: false,
    keywords: ['诉求', '求助', 'request'],
  },
  COMPLAINT: {
    ...APPEAL_TYPE_WORDS.COMPLAINT,
    isAnonymousAllowed: true,
    keywords: ['投诉', '举报', 'complaint'],
  },
  ARREARS_COMPLAINT: {
    ...APPEAL_TYPE_WORDS.ARREARS_COMPLAINT,
    isAnonymousAllowed: false,
    keywords: ['拖欠', '账款', '款项支付', 'arrears'],
  },
  INSPECTION_COMPLAINT: {
    ...APPEAL_TYPE_WORDS.INSPECTION_COMPLAINT,
    isAnonymousAllowed: true,
    keywords: ['检查', '执法', 'inspection'],
  },
} as const satisfies Record<AppealType, AppealTypeInfo>;

export function isAppealType(value: unknown): value is AppealType {
  return typeof value === 'string' && (APPEAL_TYPES as readonly string[]).includes(value);
}
