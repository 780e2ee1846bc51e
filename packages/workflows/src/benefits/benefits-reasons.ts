import { bi, formatMoney, type BilingualText } from '@huiqi/kernel';

/**
 * The benefits module's reasons as codes with their figures (issue 20: reasons as codes): why a fund
 * check refused an approval (`fund-checks.ts` decides) and what is wrong with a line of the bank's
 * return file (`payment-file.ts`). This file is the one place that words them in Chinese and English.
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

/** What is wrong with a bank return file, or with one of its lines (`line`, counting the header as 1). */
export type ReturnFileProblem =
  | { code: 'RETURN_FILE_EMPTY' }
  | { code: 'RETURN_FILE_COLUMNS_MISSING'; columns: string[] }
  | { code: 'RETURN_LINE_AMOUNT_INVALID'; line: number }
  | { code: 'RETURN_LINE_PAYMENT_ID_MISSING'; line: number }
  | { code: 'RETURN_LINE_PAYMENT_ID_REPEATED'; line: number; paymentId: string }
  | { code: 'RETURN_LINE_DATE_INVALID'; line: number }
  | { code: 'RETURN_LINE_BANK_REFERENCE_MISSING'; line: number }
  | { code: 'RETURN_LINE_RESULT_INVALID'; line: number };

export function returnFileText(p: ReturnFileProblem): BilingualText {
  switch (p.code) {
    case 'RETURN_FILE_EMPTY':
      return bi('回单文件为空', 'The return file is empty');
    case 'RETURN_FILE_COLUMNS_MISSING':
      return bi(`回单表头缺少列：${p.columns.join(', ')}`, `Header lacks columns: ${p.columns.join(', ')}`);
    case 'RETURN_LINE_AMOUNT_INVALID':
      return bi(`第${p.line}行金额无效`, `Line ${p.line}: invalid amount`);
    case 'RETURN_LINE_PAYMENT_ID_MISSING':
      return bi(`第${p.line}行缺少付款编号`, `Line ${p.line}: payment id missing`);
    case 'RETURN_LINE_PAYMENT_ID_REPEATED':
      return bi(`第${p.line}行付款编号 ${p.paymentId} 重复`, `Line ${p.line}: payment ${p.paymentId} appears twice`);
    case 'RETURN_LINE_DATE_INVALID':
      return bi(`第${p.line}行日期无效（YYYY-MM-DD）`, `Line ${p.line}: invalid date (YYYY-MM-DD)`);
    case 'RETURN_LINE_BANK_REFERENCE_MISSING':
      return bi(`第${p.line}行成功记录缺少银行流水号`, `Line ${p.line}: a successful line needs the bank reference`);
    case 'RETURN_LINE_RESULT_INVALID':
      return bi(`第${p.line}行结果须为 SUCCESS 或 FAILED`, `Line ${p.line}: result must be SUCCESS or FAILED`);
  }
}
