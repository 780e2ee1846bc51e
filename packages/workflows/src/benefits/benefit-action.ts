import type { BilingualText, PlainDate } from '@huiqi/kernel';

/** 申报渠道 of a case: an online application or a no-application benefit (免申即享). */
export type BenefitChannel = 'ONLINE_APPLICATION' | 'NO_APPLICATION';

/** Who acts on a case. REVIEWER = an officer of the department that reviews the policy's fund. */
export type BenefitActorRole = 'ENTERPRISE' | 'REVIEWER' | 'FINANCE' | 'SYSTEM';

export interface BenefitActor {
  role: BenefitActorRole;
  userId: string | null;
}

/** The receiving account the enterprise confirmed (对公账户). */
export interface PayeeAccount {
  accountName: string;
  accountNumber: string;
  bankName: string;
}

/** A decision on the amount: computed by the rules engine as of `assessedOn` (stored with the explanation elsewhere). */
export interface AmountDecision {
  amountFen: number;
  computedFen: number;
  /** The date the rules were evaluated as of (the decision date, within the fund year). */
  assessedOn: PlainDate;
  /** Required when amountFen ≠ computedFen; a second reviewer must confirm. */
  overrideReason: string | null;
  /** Last day of the 公示 period, or null when the policy requires none. */
  noticeUntil: PlainDate | null;
}

export type BenefitAction =
  | { type: 'SUBMIT'; payload: { channel: 'ONLINE_APPLICATION'; account: PayeeAccount; declaredTruthful: true } }
  | { type: 'LIST'; payload: { channel: 'NO_APPLICATION'; computedFen: number | null } }
  | { type: 'CONFIRM'; payload: { account: PayeeAccount } }
  | { type: 'DECLINE'; payload: Record<string, never> }
  | { type: 'ACCEPT'; payload: Record<string, never> }
  | { type: 'REQUEST_CORRECTION'; payload: { note: string } }
  | { type: 'SUBMIT_CORRECTION'; payload: { note: string } }
  | { type: 'APPROVE'; payload: AmountDecision }
  | { type: 'CONFIRM_OVERRIDE'; payload: Record<string, never> }
  | { type: 'REJECT'; payload: { reason: BilingualText; article: string | null } }
  | { type: 'END_NOTICE'; payload: Record<string, never> }
  | { type: 'WITHDRAW'; payload: { note: string | null } }
  | { type: 'SCHEDULE_PAYMENT'; payload: { batchId: string } }
  | { type: 'RECORD_PAID'; payload: { batchId: string; bankReference: string; paidOn: PlainDate } }
  | { type: 'RECORD_PAYMENT_FAILED'; payload: { batchId: string; reason: string } };

export type BenefitActionType = BenefitAction['type'];

/** One entry of a case's append-only log. `on` is the China-time calendar day of `at`. */
export type LoggedBenefitAction = BenefitAction & { seq: number; at: string; on: PlainDate; actor: BenefitActor };
