import { describe, expect, it } from 'vitest';
import { bi } from '@huiqi/kernel';
import { checkDuplicateExpense, checkEnterpriseCap } from './fund-checks';
import { fundCheckText } from './fund-check-reasons';

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
});
