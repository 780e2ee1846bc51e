import type { BilingualText } from '@huiqi/kernel';

/** Statuses of a credit-repair application (persisted, never renamed). */
export const REPAIR_STATUSES = ['SUBMITTED', 'MATERIALS_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

export const REPAIR_STATUS_INFO: Record<RepairStatus, { label: BilingualText; isFinal: boolean }> = {
  SUBMITTED: { label: { zh: '已受理，待处理', en: 'Accepted, awaiting a decision' }, isFinal: false },
  MATERIALS_REQUESTED: { label: { zh: '待补正材料', en: 'Further materials requested' }, isFinal: false },
  APPROVED: { label: { zh: '准予修复', en: 'Repair approved' }, isFinal: true },
  REJECTED: { label: { zh: '不予修复', en: 'Repair refused' }, isFinal: true },
  WITHDRAWN: { label: { zh: '已撤回', en: 'Withdrawn' }, isFinal: true },
};

/** Actions on an application (persisted, never renamed). SUBMITTED opens the log. */
export const REPAIR_ACTION_TYPES = ['SUBMITTED', 'MATERIALS_REQUESTED', 'MATERIALS_PROVIDED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type RepairActionType = (typeof REPAIR_ACTION_TYPES)[number];

export const REPAIR_ACTION_LABELS: Record<RepairActionType, BilingualText> = {
  SUBMITTED: { zh: '提交修复申请', en: 'Applied for repair' },
  MATERIALS_REQUESTED: { zh: '一次性告知补正材料', en: 'Requested further materials' },
  MATERIALS_PROVIDED: { zh: '补正材料', en: 'Provided further materials' },
  APPROVED: { zh: '准予修复', en: 'Approved the repair' },
  REJECTED: { zh: '不予修复', en: 'Refused the repair' },
  WITHDRAWN: { zh: '撤回申请', en: 'Withdrew the application' },
};
