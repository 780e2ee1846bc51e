import { err, fen, ok, type BilingualText, type Fen, type Result } from '@huiqi/kernel';
import { fundCheckText, type FundCheckReason } from './benefits-reasons';

/** A fund's money for one year, in fen: the budget and what approvals already commit. */
export interface FundPosition {
  fundName: BilingualText;
  year: number;
  budgetFen: number;
  /** Sum of approved, noticed, in-payment and paid amounts (failed payments still count until cancelled). */
  committedFen: number;
}

export interface FundCheckRefusal {
  code: FundCheckReason['code'];
  /** The reason in words (benefits-reasons.ts). */
  message: BilingualText;
  figures: Record<string, number | string>;
}

/** A refusal: the reason's code, its words, and the figures the API returns as details. */
function refuse(reason: FundCheckReason, figures: Record<string, number | string>): Result<never, FundCheckRefusal> {
  return err({ code: reason.code, message: fundCheckText(reason), figures });
}

/** An approval of `amountFen` must fit in what is left of the fund's annual budget. */
export function checkFundBudget(p: FundPosition, amountFen: number): Result<{ remainingAfterFen: Fen }, FundCheckRefusal> {
  const remaining = p.budgetFen - p.committedFen;
  if (amountFen > remaining) {
    return refuse(
      { code: 'BENEFIT_FUND_BUDGET_EXCEEDED', fundName: p.fundName, year: p.year, budgetFen: p.budgetFen, committedFen: p.committedFen, remainingFen: remaining, amountFen },
      { budgetFen: p.budgetFen, committedFen: p.committedFen, remainingFen: remaining, amountFen },
    );
  }
  return ok({ remainingAfterFen: fen(remaining - amountFen) });
}

/**
 * Per-enterprise cap across applications of one policy (e.g. 首贷贴息 单户最高20万元): what the
 * enterprise already received or was granted, plus this amount, must not exceed the cap.
 */
export function checkEnterpriseCap(input: { capFen: number | null; capReference: BilingualText | null; alreadyFen: number; amountFen: number }): Result<{ headroomAfterFen: Fen | null }, FundCheckRefusal> {
  const { capFen, alreadyFen, amountFen } = input;
  if (capFen === null) return ok({ headroomAfterFen: null });
  if (alreadyFen + amountFen > capFen) {
    return refuse({ code: 'BENEFIT_ENTERPRISE_CAP_EXCEEDED', capReference: input.capReference, capFen, alreadyFen, amountFen }, { capFen, alreadyFen, amountFen, totalFen: alreadyFen + amountFen });
  }
  return ok({ headroomAfterFen: fen(capFen - alreadyFen - amountFen) });
}

/**
 * Duplicate-benefit rule: the same expense (a loan contract, an invoice …, identified by its
 * normalised expense key) cannot be funded twice, under any policy.
 */
export function checkDuplicateExpense(expenseKey: string | null, fundedElsewhere: readonly { trackingNumber: string; policyId: string }[]): Result<null, FundCheckRefusal> {
  if (expenseKey === null || fundedElsewhere.length === 0) return ok(null);
  const other = fundedElsewhere[0]!;
  return refuse({ code: 'BENEFIT_DUPLICATE_EXPENSE', expenseKey, fundedBy: other.trackingNumber, policyId: other.policyId }, { expenseKey, fundedBy: other.trackingNumber });
}

/** Normalises an expense reference (contract or invoice number) so spacing and case do not hide a duplicate. */
export function normaliseExpenseKey(kind: string, reference: string): string | null {
  const ref = reference.normalize('NFKC').replace(/[\s\-_/\\.·]/g, '').toUpperCase();
  if (ref.length === 0) return null;
  return `${kind}:${ref}`;
}
