import { describe, expect, it } from 'vitest';
import { bi } from '@huiqi/kernel';
import { checkDuplicateExpense, checkEnterpriseCap } from './fund-checks';
import { fundCheckText, returnFileText, type ReturnFileProblem } from './benefits-reasons';
import { parseReturnFile } from './payment-file';
import { BENEFIT_STATUSES } from './status';
import { BENEFIT_STATUS_LABELS } from './status-labels';

/** One example of every code: the compiler fails when a code is left out. */
type Every<U extends { code: string }> = { [K in U['code']]: Extract<U, { code: K }> };
const CJK = /[\u4e00-\u9fff]/;

describe('fund-check reasons (codes worded in one file)', () => {
  it('words the refusal the check returns from its code and figures', () => {
    const r = checkEnterpriseCap({ capFen: 20_000_000, capReference: bi('首贷贴息单户上限', 'first-loan subsidy cap per enterprise'), alreadyFen: 15_000_000, amountFen: 5_000_001 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toEqual(fundCheckText({ code: 'BENEFIT_ENTERPRISE_CAP_EXCEEDED', capReference: bi('首贷贴息单户上限', 'first-loan subsidy cap per enterprise'), capFen: 20_000_000, alreadyFen: 15_000_000, amountFen: 5_000_001 }));
    expect(r.error.message.zh).toBe('超出单户企业上限（首贷贴息单户上限）：上限 20 万元，该企业已获核定 15 万元，本次 50,000.01 元，合计 200,000.01 元');
  });

  it('names the case that already funded the expense', () => {
    const r = checkDuplicateExpense('LOAN:JK2023001', [{ trackingNumber: 'BF2026000001X', policyId: 'p' }]);
    expect(r.ok ? null : r.error.message.en).toBe("The same expense cannot be funded twice: 'LOAN:JK2023001' is already funded by application BF2026000001X");
  });

  it('words every return-file problem in both languages, without the code', () => {
    const every: Every<ReturnFileProblem> = {
      RETURN_FILE_EMPTY: { code: 'RETURN_FILE_EMPTY' },
      RETURN_FILE_COLUMNS_MISSING: { code: 'RETURN_FILE_COLUMNS_MISSING', columns: ['reason'] },
      RETURN_LINE_AMOUNT_INVALID: { code: 'RETURN_LINE_AMOUNT_INVALID', line: 2 },
      RETURN_LINE_PAYMENT_ID_MISSING: { code: 'RETURN_LINE_PAYMENT_ID_MISSING', line: 2 },
      RETURN_LINE_PAYMENT_ID_REPEATED: { code: 'RETURN_LINE_PAYMENT_ID_REPEATED', line: 3, paymentId: 'bp-1' },
      RETURN_LINE_DATE_INVALID: { code: 'RETURN_LINE_DATE_INVALID', line: 2 },
      RETURN_LINE_BANK_REFERENCE_MISSING: { code: 'RETURN_LINE_BANK_REFERENCE_MISSING', line: 2 },
      RETURN_LINE_RESULT_INVALID: { code: 'RETURN_LINE_RESULT_INVALID', line: 2 },
    };
    for (const p of Object.values(every)) {
      const t = returnFileText(p);
      expect(CJK.test(t.zh) && t.en.length > 0 && !CJK.test(t.en), `${p.code}: ${t.zh} / ${t.en}`).toBe(true);
      expect(t.zh.includes(p.code) || t.en.includes(p.code), p.code).toBe(false);
    }
    for (const s of BENEFIT_STATUSES) expect(CJK.test(BENEFIT_STATUS_LABELS[s].zh) && !BENEFIT_STATUS_LABELS[s].en.includes(s), s).toBe(true);
  });

  it('returns the problem of a bad line as a code with its words', () => {
    const r = parseReturnFile('payment_id,result,amount_yuan,bank_reference,settled_on,reason\nbp-1,MAYBE,10.00,,2026-01-05,');
    expect(r.ok ? null : r.error).toEqual([{ line: 2, problem: { code: 'RETURN_LINE_RESULT_INVALID', line: 2 }, message: { zh: '第2行结果须为 SUCCESS 或 FAILED', en: 'Line 2: result must be SUCCESS or FAILED' } }]);
  });
});
