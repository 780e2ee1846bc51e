import { describe, expect, it } from 'vitest';
import { benefitTotals } from './benefit-totals';
import type { PolicyAnswer } from './policies-api';

const policy = (policyId: string, status: PolicyAnswer['status'], amountFen: number | null, benefitKind: PolicyAnswer['benefitKind']) => ({
  policyId, title: { zh: policyId, en: policyId }, status, amountFen, benefitKind,
});

describe('benefitTotals', () => {
  it('sums only cash (a policy without a kind is a grant) and lists every other eligible benefit on its own line, by kind', () => {
    const t = benefitTotals([
      policy('grant', 'ELIGIBLE', 2_000_000, 'CASH'),
      policy('console-grant', 'ELIGIBLE', 500_000, null),
      policy('rd', 'ELIGIBLE', 300_000_000, 'TAX_DEDUCTION'),
      policy('price', 'ELIGIBLE', 1_000_000, 'PRICE_PREFERENCE'),
      policy('vat', 'ELIGIBLE', 120_000, 'TAX_REDUCTION'),
      policy('fee', 'ELIGIBLE', 30_000, 'FEE_REDUCTION'),
      policy('fee-2', 'ELIGIBLE', 90_000, 'FEE_REDUCTION'),
      policy('not-yet', 'UNKNOWN', null, 'CASH'),
      policy('no', 'INELIGIBLE', 9_000_000, 'CASH'),
      policy('pending', 'ELIGIBLE', null, 'TAX_REDUCTION'),
    ]);
    expect(t.cashFen).toBe(2_500_000);
    expect(t.nonCash.map((l) => [l.kind, l.policyId, l.amountFen])).toEqual([
      ['FEE_REDUCTION', 'fee-2', 90_000],
      ['FEE_REDUCTION', 'fee', 30_000],
      ['TAX_REDUCTION', 'vat', 120_000],
      ['TAX_DEDUCTION', 'rd', 300_000_000],
      ['PRICE_PREFERENCE', 'price', 1_000_000],
    ]);
  });

  it('leaves the cash at zero when the only benefit is a tax deduction', () => {
    expect(benefitTotals([policy('rd', 'ELIGIBLE', 300_000_000, 'TAX_DEDUCTION')])).toEqual({ cashFen: 0, nonCash: [{ kind: 'TAX_DEDUCTION', policyId: 'rd', title: { zh: 'rd', en: 'rd' }, amountFen: 300_000_000 }] });
    expect(benefitTotals([])).toEqual({ cashFen: 0, nonCash: [] });
  });
});
