import type { PlainDate } from '@huiqi/kernel';

/** 担保方式 of a financing demand (persisted codes). */
export const COLLATERAL_KINDS = ['NONE', 'REAL_ESTATE', 'MOVABLE_PROPERTY', 'RECEIVABLES', 'INTELLECTUAL_PROPERTY', 'GUARANTOR'] as const;
export type CollateralKind = (typeof COLLATERAL_KINDS)[number];
/** 紧急程度. */
export const URGENCIES = ['NORMAL', 'URGENT'] as const;
export type Urgency = (typeof URGENCIES)[number];
/** 贷款方式: 信用 or 担保/抵质押. */
export const LOAN_KINDS = ['CREDIT', 'SECURED'] as const;
export type LoanKind = (typeof LOAN_KINDS)[number];

/** 融资需求 as the enterprise publishes it. Money in integer fen. */
export interface DemandTerms {
  amountFen: number;
  termMonths: number;
  purpose: string;
  collateral: CollateralKind;
  urgency: Urgency;
}

/** 放款结果 a bank records for a demand it took. `annualRatePercent` is an exact decimal string ("3.45"). */
export interface LoanOutcome {
  grantedAmountFen: number;
  annualRatePercent: string;
  termMonths: number;
  isFirstLoan: boolean;
  kind: LoanKind;
  grantedOn: PlainDate;
}
