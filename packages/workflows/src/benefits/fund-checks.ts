import { bi, err, fen, formatYuan, ok, type BilingualText, type Fen, type Result } from '@huiqi/kernel';

/** A fund's money for one year, in fen: the budget and what approvals already commit. */
export interface FundPosition {
  fundName: BilingualText;
  year: number;
  budgetFen: number;
  /** Sum of approved, noticed, in-payment and paid amounts (failed payments still count until cancelled). */
  committedFen: number;
}

export interface FundCheckRefusal {
  code: 'BENEFIT_FUND_BUDGET_EXCEEDED' | 'BENEFIT_ENTERPRISE_CAP_EXCEEDED' | 'BENEFIT_DUPLICATE_EXPENSE';
  message: BilingualText;
  figures: Record<string, number | string>;
}

/** An approval of `amountFen` must fit in what is left of the fund's annual budget. */
export function checkFundBudget(p: FundPosition, amountFen: number): Result<{ remainingAfterFen: Fen }, FundCheckRefusal> {
  const remaining = p.budgetFen - p.committedFen;
  if (amountFen > remaining) {
    return err({
      code: 'BENEFIT_FUND_BUDGET_EXCEEDED',
      message: bi(
        `超出专项资金预算：${p.fundName.zh}${p.year}年度预算 ${formatYuan(p.budgetFen)}，已承诺 ${formatYuan(p.committedFen)}，剩余 ${formatYuan(remaining)}，本次核定 ${formatYuan(amountFen)}`,
        `Exceeds the fund budget: ${p.fundName.en} ${p.year} budget ${formatYuan(p.budgetFen)}, committed ${formatYuan(p.committedFen)}, remaining ${formatYuan(remaining)}, this approval ${formatYuan(amountFen)}`,
      ),
      figures: { budgetFen: p.budgetFen, committedFen: p.committedFen, remainingFen: remaining, amountFen },
    });
  }
  return ok({ remainingAfterFen: fen(remaining - amountFen) });
}

/**
 * Per-enterprise cap across applications of one policy (e.g. 首贷贴息 单户最高20万元): what the
 * enterprise already received or was granted, plus this amount, must not exceed the cap.
 */
export function checkEnterpriseCap(input: { capFen: number | null; capReference: string | null; alreadyFen: number; amountFen: number }): Result<{ headroomAfterFen: Fen | null }, FundCheckRefusal> {
  const { capFen, alreadyFen, amountFen } = input;
  if (capFen === null) return ok({ headroomAfterFen: null });
  if (alreadyFen + amountFen > capFen) {
    const ref = input.capReference ? `（${input.capReference}）` : '';
    return err({
      code: 'BENEFIT_ENTERPRISE_CAP_EXCEEDED',
      message: bi(
        `超出单户企业上限${ref}：上限 ${formatYuan(capFen)}，该企业已获核定 ${formatYuan(alreadyFen)}，本次 ${formatYuan(amountFen)}，合计 ${formatYuan(alreadyFen + amountFen)}`,
        `Exceeds the per-enterprise cap${input.capReference ? ` (${input.capReference})` : ''}: cap ${formatYuan(capFen)}, already granted ${formatYuan(alreadyFen)}, this approval ${formatYuan(amountFen)}, total ${formatYuan(alreadyFen + amountFen)}`,
      ),
      figures: { capFen, alreadyFen, amountFen, totalFen: alreadyFen + amountFen },
    });
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
  return err({
    code: 'BENEFIT_DUPLICATE_EXPENSE',
    message: bi(
      `同一事项不得重复支持：费用凭证「${expenseKey}」已由申报 ${other.trackingNumber}（${other.policyId}）获得支持`,
      `The same expense cannot be funded twice: '${expenseKey}' is already funded by ${other.trackingNumber} (${other.policyId})`,
    ),
    figures: { expenseKey, fundedBy: other.trackingNumber },
  });
}

/** Normalises an expense reference (contract or invoice number) so spacing and case do not hide a duplicate. */
export function normaliseExpenseKey(kind: string, reference: string): string | null {
  const ref = reference.normalize('NFKC').replace(/[\s\-_/\\.·]/g, '').toUpperCase();
  if (ref.length === 0) return null;
  return `${kind}:${ref}`;
}
