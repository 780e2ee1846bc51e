import type { BilingualText } from '@huiqi/kernel';

/** Persisted statuses of a voucher (服务券/创新券). Never renamed. */
export const VOUCHER_STATUSES = ['ISSUED', 'CLAIMED', 'REDEEMED', 'SETTLED', 'EXPIRED'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

/** Persisted action types of a voucher's log (past tense). Never renamed. */
export const VOUCHER_ACTION_TYPES = ['ISSUED', 'CLAIMED', 'REDEEMED', 'SETTLED', 'EXPIRED'] as const;
export type VoucherActionType = (typeof VOUCHER_ACTION_TYPES)[number];

export const VOUCHER_STATUS_LABELS: Record<VoucherStatus, BilingualText> = {
  ISSUED: { zh: '可领取', en: 'available to claim' },
  CLAIMED: { zh: '已领取，待使用', en: 'claimed, not yet used' },
  REDEEMED: { zh: '已使用，待结算', en: 'redeemed, awaiting settlement' },
  SETTLED: { zh: '已结算', en: 'settled' },
  EXPIRED: { zh: '已过期', en: 'expired' },
};
