import { bi, formatMoney, type BilingualText } from '@huiqi/kernel';

/**
 * Why a fund check refused an approval, as a code with its figures (issue 20: reasons as codes).
 * `fund-checks.ts` decides; this file is the one place that words the refusal in Chinese and English.
 */
export type FundCheckReason =
  | { code: 'BENEFIT_FUND_BUDGET_EXCEEDED'; fundName: BilingualText; year: number; budgetFen: number; committedFen: number; remainingFen: number; amountFen: number }
  | { code: 'BENEFIT_ENTERPRISE_CAP_EXCEEDED'; /** What sets the cap, in words (a parameter's description, or the fund link's own cap). */ capReference: BilingualText | null; capFen: number; alreadyFen: number; amountFen: number }
  | { code: 'BENEFIT_DUPLICATE_EXPENSE'; expenseKey: string; fundedBy: string; policyId: string };

export function fundCheckText(r: FundCheckReason): BilingualText {
  switch (r.code) {
    case 'BENEFIT_FUND_BUDGET_EXCEEDED':
      return bi(
        `超出专项资金预算：${r.fundName.zh}${r.year}年度预算 ${formatMoney(r.budgetFen, 'zh')}，已承诺 ${formatMoney(r.committedFen, 'zh')}，剩余 ${formatMoney(r.remainingFen, 'zh')}，本次核定 ${formatMoney(r.amountFen, 'zh')}`,
        `Exceeds the fund budget: ${r.fundName.en} ${r.year} budget ${formatMoney(r.budgetFen, 'en')}, committed ${formatMoney(r.committedFen, 'en')}, remaining ${formatMoney(r.remainingFen, 'en')}, this approval ${formatMoney(r.amountFen, 'en')}`,
      );
    case 'BENEFIT_ENTERPRISE_CAP_EXCEEDED': {
      const total = r.alreadyFen + r.amountFen;
      return bi(
        `超出单户企业上限${r.capReference ? `（${r.capReference.zh}）` : ''}：上限 ${formatMoney(r.capFen, 'zh')}，该企业已获核定 ${formatMoney(r.alreadyFen, 'zh')}，本次 ${formatMoney(r.amountFen, 'zh')}，合计 ${formatMoney(total, 'zh')}`,
        `Exceeds the per-enterprise cap${r.capReference ? ` (${r.capReference.en})` : ''}: cap ${formatMoney(r.capFen, 'en')}, already granted ${formatMoney(r.alreadyFen, 'en')}, this approval ${formatMoney(r.amountFen, 'en')}, total ${formatMoney(total, 'en')}`,
      );
    }
    case 'BENEFIT_DUPLICATE_EXPENSE':
      return bi(
        `同一事项不得重复支持：费用凭证「${r.expenseKey}」已由申报 ${r.fundedBy} 获得支持`,
        `The same expense cannot be funded twice: '${r.expenseKey}' is already funded by application ${r.fundedBy}`,
      );
  }
}
