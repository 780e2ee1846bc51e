import type { AnyVoucherAction, ServiceRecord, VoucherTerms } from './voucher-action';
import type { VoucherStatus } from './voucher-status';
import { voucherTransitionFor } from './voucher-transitions';
import { foldLog } from '../../case-log';

export interface Voucher extends VoucherTerms {
  voucherId: string;
  /** The code the enterprise shows the provider (核销码). */
  code: string;
  status: VoucherStatus;
  issuedAt: string;
  holderUscc: string | null;
  claimedAt: string | null;
  redemption: { providerId: string; service: ServiceRecord; at: string; payableFen: number } | null;
  settlement: { batchId: string; paymentId: string; at: string } | null;
  expiredAt: string | null;
  updatedAt: string;
  version: number;
  anomalies: { index: number; type: string; status: VoucherStatus }[];
}

/** What the voucher pays for a service: its fee, at most the voucher's amount. */
export const payableFen = (amountFen: number, feeFen: number): number => Math.min(amountFen, feeFen);

/** Derives a voucher from its append-only log (pure and total for a log that starts with ISSUED). */
export function foldVoucher(log: readonly AnyVoucherAction[]): Voucher {
  return foldLog(log, 'voucher', {
    open(first) {
      if (first.type !== 'ISSUED') throw new RangeError('a voucher log must start with ISSUED');
      const { voucherId, code, ...terms } = first.payload;
      const v: Voucher = {
        ...terms, categories: [...terms.categories], voucherId, code, status: 'ISSUED', issuedAt: first.at, holderUscc: null, claimedAt: null, redemption: null, settlement: null, expiredAt: null, updatedAt: first.at, version: 1, anomalies: [],
      };
      return v;
    },
    transitionFor: voucherTransitionFor,
    apply(v, a, t) {
      switch (a.type) {
        case 'CLAIMED':
          v.holderUscc = a.payload.uscc;
          v.claimedAt = a.at;
          break;
        case 'REDEEMED':
          v.redemption = { providerId: a.payload.providerId, service: { ...a.payload.service }, at: a.at, payableFen: payableFen(v.amountFen, a.payload.service.feeFen) };
          break;
        case 'SETTLED':
          v.settlement = { batchId: a.payload.batchId, paymentId: a.payload.paymentId, at: a.at };
          break;
        case 'EXPIRED':
          v.expiredAt = a.at;
          break;
        default:
          break;
      }
      v.status = t.to;
    },
  });
}

/** The amount a voucher holds against its programme's budget: nothing once expired, what it pays once redeemed. */
export function committedFen(v: Pick<Voucher, 'status' | 'amountFen' | 'redemption'>): number {
  if (v.status === 'EXPIRED') return 0;
  return v.redemption ? v.redemption.payableFen : v.amountFen;
}
