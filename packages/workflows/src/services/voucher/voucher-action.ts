import type { PlainDate } from '@huiqi/kernel';
import type { ServiceCategory } from '../service-categories';
import type { VoucherActionType } from './voucher-status';

/** The programme's terms, copied onto each voucher when it is issued (a later change of the programme does not move them). */
export interface VoucherTerms {
  programmeId: string;
  amountFen: number;
  validFrom: PlainDate;
  validUntil: PlainDate;
  categories: ServiceCategory[];
}

/** 服务记录: what the provider did for the enterprise, recorded when it redeems the voucher. */
export interface ServiceRecord {
  category: ServiceCategory;
  description: string;
  serviceDate: PlainDate;
  /** The fee for the service (fen); the voucher pays at most its amount. */
  feeFen: number;
}

/**
 * Who acts on a voucher: an SME bureau officer (issues), an enterprise user (claims), a provider's
 * account (redeems), a finance officer (settles in a payment batch), the platform (expiry sweep).
 */
export type VoucherActor =
  | { kind: 'BUREAU'; userId: string }
  | { kind: 'ENTERPRISE'; userId: string; uscc: string }
  | { kind: 'PROVIDER'; userId: string; uscc: string; providerId: string }
  | { kind: 'FINANCE'; userId: string }
  | { kind: 'SYSTEM' };

export interface VoucherPayloads {
  ISSUED: VoucherTerms & { voucherId: string; code: string };
  CLAIMED: { uscc: string };
  /** `enterpriseUscc`: the enterprise that presented the voucher for the service. */
  REDEEMED: { providerId: string; enterpriseUscc: string; service: ServiceRecord };
  /** 结算: the settlement line placed in a payment batch of the benefits module. */
  SETTLED: { batchId: string; paymentId: string };
  EXPIRED: Record<string, never>;
}

export interface VoucherAction<T extends VoucherActionType = VoucherActionType> {
  id: string;
  type: T;
  /** ISO instant. */
  at: string;
  actor: VoucherActor;
  payload: VoucherPayloads[T];
}

export type AnyVoucherAction = { [T in VoucherActionType]: VoucherAction<T> }[VoucherActionType];
