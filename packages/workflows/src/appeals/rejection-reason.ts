import type { BilingualText } from '@huiqi/kernel';
import { REJECTION_REASON_LABELS } from './appeals-labels';
import type { AppealType } from './appeal-type';

/**
 * Persisted out-of-scope reasons (不予受理理由). The list follows 《深圳市企业诉求服务指引（第一版）》
 * (市中小企业服务局, 2023-12-13), which excludes matters outside the city's jurisdiction, matters in
 * 诉讼/仲裁/纪检/复议/信息公开 or already in 信访, and repeated requests on the same facts, and the
 * 2025 payment regulation (国务院令第802号 第二十五条), which requires a contract between the
 * complainant and the debtor.
 */
export const REJECTION_REASONS = [
  'IN_LITIGATION_ARBITRATION_OR_PETITION',
  'OUTSIDE_JURISDICTION',
  'REPEAT_OF_CLOSED_CASE',
  'NO_CONCRETE_REQUEST',
  'NO_CONTRACT_WITH_DEBTOR',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface RejectionReasonInfo {
  label: BilingualText;
  /** The appeal types this reason may be used for (all when absent). */
  onlyFor?: readonly AppealType[];
  /** When true the rejection must name the closed case it repeats (`relatedCaseId`). */
  needsRelatedCase: boolean;
}

export const rejectionReasons = {
  IN_LITIGATION_ARBITRATION_OR_PETITION: {
    label: REJECTION_REASON_LABELS.IN_LITIGATION_ARBITRATION_OR_PETITION,
    needsRelatedCase: false,
  },
  OUTSIDE_JURISDICTION: { label: REJECTION_REASON_LABELS.OUTSIDE_JURISDICTION, needsRelatedCase: false },
  REPEAT_OF_CLOSED_CASE: {
    label: REJECTION_REASON_LABELS.REPEAT_OF_CLOSED_CASE,
    needsRelatedCase: true,
  },
  NO_CONCRETE_REQUEST: { label: REJECTION_REASON_LABELS.NO_CONCRETE_REQUEST, needsRelatedCase: false },
  NO_CONTRACT_WITH_DEBTOR: {
    label: REJECTION_REASON_LABELS.NO_CONTRACT_WITH_DEBTOR,
    onlyFor: ['ARREARS_COMPLAINT'],
    needsRelatedCase: false,
  },
} as const satisfies Record<RejectionReason, RejectionReasonInfo>;

export function isRejectionReason(value: unknown): value is RejectionReason {
  return typeof value === 'string' && (REJECTION_REASONS as readonly string[]).includes(value);
}
