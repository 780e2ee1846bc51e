import type { BilingualText } from '@huiqi/kernel';

/** Persisted statuses of a financing demand (never renamed). */
export const DEMAND_STATUSES = ['PUBLISHED', 'TAKEN', 'LOAN_GRANTED', 'WITHDRAWN'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const DEMAND_STATUS_LABELS: Record<DemandStatus, BilingualText> = {
  PUBLISHED: { zh: '待对接', en: 'Open' },
  TAKEN: { zh: '已接单', en: 'Taken by a bank' },
  LOAN_GRANTED: { zh: '已放款', en: 'Loan granted' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
};

/** Actions on a demand (persisted; never renamed). */
export const DEMAND_ACTION_TYPES = ['PUBLISHED', 'TAKEN', 'RELEASED', 'LOAN_RECORDED', 'WITHDRAWN'] as const;
export type DemandActionType = (typeof DEMAND_ACTION_TYPES)[number];
