import type { BilingualText } from '@huiqi/kernel';

/** Persisted statuses of a risk-compensation claim (never renamed). */
export const CLAIM_STATUSES = ['FILED', 'APPROVAL_PROPOSED', 'APPROVED', 'REJECTED', 'PAYMENT_SCHEDULED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, BilingualText> = {
  FILED: { zh: '待审核', en: 'Awaiting review' },
  APPROVAL_PROPOSED: { zh: '待复核', en: 'Awaiting a second reviewer' },
  APPROVED: { zh: '已核准，待拨付', en: 'Approved, awaiting payment' },
  REJECTED: { zh: '不予补偿', en: 'Rejected' },
  PAYMENT_SCHEDULED: { zh: '已列入拨付批次', en: 'In a payment batch' },
};

/** Actions on a claim (persisted; never renamed). */
export const CLAIM_ACTION_TYPES = ['FILED', 'APPROVAL_PROPOSED', 'APPROVAL_CONFIRMED', 'REJECTED', 'PAYMENT_SCHEDULED', 'RESUBMITTED'] as const;
export type ClaimActionType = (typeof CLAIM_ACTION_TYPES)[number];

export const CLAIM_ACTION_LABELS: Record<ClaimActionType, BilingualText> = {
  FILED: { zh: '提出补偿申请', en: 'Claim filed' },
  APPROVAL_PROPOSED: { zh: '初审同意', en: 'Approval proposed' },
  APPROVAL_CONFIRMED: { zh: '复核同意', en: 'Approval confirmed' },
  REJECTED: { zh: '不予补偿', en: 'Rejected' },
  PAYMENT_SCHEDULED: { zh: '列入拨付批次', en: 'Put in a payment batch' },
  RESUBMITTED: { zh: '补正后重新提交', en: 'Corrected and filed again' },
};
