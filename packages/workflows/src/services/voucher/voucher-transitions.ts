import type { VoucherActionType, VoucherStatus } from './voucher-status';

/**
 * Who may act on a voucher, relative to it: ENTERPRISE — any enterprise (claiming an issued voucher;
 * eligibility is a guard); PROVIDER — a provider's account (approval, category and related parties are
 * guards); FINANCE — a finance officer; SYSTEM — the expiry sweep.
 */
export type VoucherPerformer = 'ENTERPRISE' | 'PROVIDER' | 'FINANCE' | 'SYSTEM';

export interface VoucherTransition {
  readonly by: readonly VoucherPerformer[];
  readonly to: VoucherStatus;
}

export type VoucherStatusTransitions = { readonly [A in VoucherActionType]?: VoucherTransition };

/**
 * THE table of allowed actions per status. ISSUED is the first action, on an empty log. A voucher is
 * redeemed once; unused vouchers expire and their amount returns to the programme's budget.
 */
export const VOUCHER_TRANSITIONS = {
  ISSUED: {
    CLAIMED: { by: ['ENTERPRISE'], to: 'CLAIMED' },
    EXPIRED: { by: ['SYSTEM'], to: 'EXPIRED' },
  },
  CLAIMED: {
    REDEEMED: { by: ['PROVIDER'], to: 'REDEEMED' },
    EXPIRED: { by: ['SYSTEM'], to: 'EXPIRED' },
  },
  REDEEMED: {
    SETTLED: { by: ['FINANCE'], to: 'SETTLED' },
  },
  SETTLED: {},
  EXPIRED: {},
} as const satisfies Record<VoucherStatus, VoucherStatusTransitions>;

export function voucherTransitionFor(status: VoucherStatus, action: VoucherActionType): VoucherTransition | null {
  const row: VoucherStatusTransitions = VOUCHER_TRANSITIONS[status];
  return row[action] ?? null;
}
