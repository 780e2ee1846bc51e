import { bi, type BilingualText } from '@huiqi/kernel';

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
    label: bi('政策咨询', 'Policy question'),
    description: bi('咨询惠企政策的适用条件、申报方式和办理进度', 'Questions about the conditions, application and progress of SME policies'),
    isAnonymousAllowed: false,
    keywords: ['政策', '咨询', 'policy'],
  },
  REQUEST: {
    label: bi('诉求', 'Request for help'),
    description: bi('企业经营中需要政府部门协调解决的具体问题', 'A concrete problem in running the enterprise that needs a government department to resolve it'),
    isAnonymousAllowed: false,
    keywords: ['诉求', '求助', 'request'],
  },
  COMPLAINT: {
    label: bi('投诉举报', 'Complaint or report'),
    description: bi('对损害企业合法权益行为的投诉或举报', 'A complaint or report about conduct harming the lawful rights of enterprises'),
    isAnonymousAllowed: true,
    keywords: ['投诉', '举报', 'complaint'],
  },
  ARREARS_COMPLAINT: {
    label: bi('拖欠账款投诉', 'Payment-arrears complaint'),
    description: bi(
      '依据《保障中小企业款项支付条例》投诉机关、事业单位或大型企业拖欠中小企业账款',
      'A complaint under the Regulation on Ensuring Payments to SMEs about overdue payments by an authority, public institution or large enterprise',
    ),
    isAnonymousAllowed: false,
    keywords: ['拖欠', '账款', '款项支付', 'arrears'],
  },
  INSPECTION_COMPLAINT: {
    label: bi('涉企检查投诉', 'Complaint about an inspection'),
    description: bi('对行政机关涉企检查行为的投诉', 'A complaint about an administrative inspection of an enterprise'),
    isAnonymousAllowed: true,
    keywords: ['检查', '执法', 'inspection'],
  },
} as const satisfies Record<AppealType, AppealTypeInfo>;

export function isAppealType(value: unknown): value is AppealType {
  return typeof value === 'string' && (APPEAL_TYPES as readonly string[]).includes(value);
}
