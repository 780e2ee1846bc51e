import type { BilingualText } from '@huiqi/kernel';

/** Persisted statuses of a service provider (服务机构入库). Never renamed. */
export const PROVIDER_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'WITHDRAWN'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

/** Persisted action types of a provider's log (past tense). Never renamed. */
export const PROVIDER_ACTION_TYPES = ['REGISTERED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REINSTATED', 'RATED', 'WITHDRAWN'] as const;
export type ProviderActionType = (typeof PROVIDER_ACTION_TYPES)[number];

export const PROVIDER_STATUS_LABELS: Record<ProviderStatus, BilingualText> = {
  PENDING: { zh: '待审核', en: 'awaiting review' },
  APPROVED: { zh: '已入库', en: 'approved' },
  REJECTED: { zh: '未通过', en: 'rejected' },
  SUSPENDED: { zh: '已暂停', en: 'suspended' },
  WITHDRAWN: { zh: '已退出', en: 'withdrawn' },
};
