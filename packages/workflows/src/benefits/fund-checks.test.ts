import { describe, expect, it } from 'vitest';
import { bi } from '@huiqi/kernel';
import { checkDuplicateExpense, checkEnterpriseCap, checkFundBudget, normaliseExpenseKey } from './fund-checks';
import { smallMicroShare } from './small-micro-share';

const fund = { fundName: { zh: '中小企业发展专项资金', en: 'SME development fund' }, year: 2023, budgetFen: 100_000_000, committedFen: 95_000_000 };

describe('fund checks', () => {
  it('refuses an approval beyond the remaining budget and names the figures', () => {
    const r = checkFundBudget(fund, 6_000_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BENEFIT_FUND_BUDGET_EXCEEDED');
    expect(r.error.figures).toEqual({ budgetFen: 100_000_000, committedFen: 95_000_000, remainingFen: 5_000_000, amountFen: 6_000_000 });
    expect(r.error.message.zh).toContain('剩余 5 万元');
    expect(checkFundBudget(fund, 5_000_000)).toEqual({ ok: true, value: { remainingAfterFen: 0 } });
  });

  it('refuses past the per-enterprise cap across applications', () => {
    const r = checkEnterpriseCap({ capFen: 20_000_000, capReference: bi('首贷贴息单户上限', 'first-loan subsidy cap per enterprise'), alreadyFen: 15_000_000, amountFen: 5_000_001 });
    expect(r.ok ? null : r.error.figures).toEqual({ capFen: 20_000_000, alreadyFen: 15_000_000, amountFen: 5_000_001, totalFen: 20_000_001 });
    expect(checkEnterpriseCap({ capFen: 20_000_000, capReference: null, alreadyFen: 15_000_000, amountFen: 5_000_000 }).ok).toBe(true);
    expect(checkEnterpriseCap({ capFen: null, capReference: null, alreadyFen: 1e12, amountFen: 1 }).ok).toBe(true);
  });

  it('the same expense is not funded twice, however the reference is typed', () => {
    const a = normaliseExpenseKey('LOAN', 'jk-2023 / 001');
    const b = normaliseExpenseKey('LOAN', 'JK2023001');
    expect(a).toBe(b);
    const r = checkDuplicateExpense(a, [{ trackingNumber: 'BF2026000001X', policyId: 'p' }]);
    expect(r.ok ? null : r.error.code).toBe('BENEFIT_DUPLICATE_EXPENSE');
    expect(checkDuplicateExpense(a, []).ok).toBe(true);
    expect(normaliseExpenseKey('LOAN', '  ')).toBeNull();
  });

  it('small-and-micro share is compared exactly with 1/3', () => {
    const exact = smallMicroShare([{ sizeClass: 'SMALL', amountFen: 100 }, { sizeClass: 'MEDIUM', amountFen: 200 }], { denominator: 3, reference: 'x' });
    expect(exact.meetsMinimum).toBe(true); // exactly one third meets "不低于"
    const under = smallMicroShare([{ sizeClass: 'MICRO', amountFen: 99 }, { sizeClass: 'MEDIUM', amountFen: 200 }], { denominator: 3, reference: 'x' });
    expect(under.meetsMinimum).toBe(false);
    expect(under.share).toBe(0.3311);
    expect(smallMicroShare([], null)).toMatchObject({ share: null, meetsMinimum: null, minimum: null });
  });
});
