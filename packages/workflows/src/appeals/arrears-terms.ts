import type { BilingualText, Fen, PlainDate, Result } from '@huiqi/kernel';
import type { ArrearsComplaintForm } from './arrears-form';

/**
 * The statutory payment terms of an arrears complaint as the rules engine computes them
 * (保障中小企业款项支付条例 第九条 payment periods, overdue interest), shown to both sides.
 */
export interface ArrearsTerms {
  /** The day the payment was due (the last day of the payment period). */
  dueDate: PlainDate;
  /** The date the figures were computed for (the submission day). */
  asOf: PlainDate;
  outstandingFen: Fen;
  overdueDays: number;
  /** Overdue interest up to `asOf`, in fen. */
  interestFen: Fen;
  /** Articles applied, e.g. `保障中小企业款项支付条例 第九条第一款`. */
  basis: string[];
  explanation: BilingualText;
}

export interface ArrearsTermsError {
  code: string;
  message: BilingualText;
}

/**
 * Port to the rules engine's payment-deadline function. The composition root passes an
 * implementation (see `paymentTermsFromRulesEngine`); applyAction calls it on an arrears submission.
 */
export interface PaymentTermsPort {
  compute(form: ArrearsComplaintForm, asOf: PlainDate): Result<ArrearsTerms, ArrearsTermsError>;
}
