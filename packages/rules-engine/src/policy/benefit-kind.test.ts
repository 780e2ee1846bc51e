import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { evaluatePolicy } from '../evaluate';
import { factsFromJson } from '../facts-input';
import { loadRuleBase } from '../load-rule-base';
import { paysCash } from './policy-def';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;

describe('benefit kinds', () => {
  it('every policy with an amount says what the amount is; only interest subsidies are cash', () => {
    const withAmount = [...rb.policies.values()].filter((p) => p.versions.some((v) => v.amount));
    expect(withAmount.every((p) => p.benefitKind !== null)).toBe(true);
    expect(withAmount.filter((p) => p.benefitKind === 'CASH').map((p) => p.id).sort()).toEqual(['sz-2023-first-loan-interest-subsidy', 'sz-2023-tech-sme-interest-subsidy', 'sz-first-loan-interest-subsidy']);
    expect(rb.policies.get('sz-2023-guarantee-fee-reduction')!.benefitKind).toBe('FEE_REDUCTION');
    expect(rb.policies.get('tech-sme-rd-super-deduction')!.benefitKind).toBe('TAX_DEDUCTION');
  });

  it('the guarantee-fee cut applies the 1 % cap (深工信〔2023〕26号 第6项) and is reported as a fee reduction', () => {
    const facts = factsFromJson({ industryCode: 'F52', employees: 30, revenue: '5000000', guaranteeByGovernmentInstitution: true, guaranteeAmount: '10000000', guaranteeFeeRate: 0.02 }, { money: 'yuan' });
    if (!facts.ok) throw new Error('facts');
    const r = evaluatePolicy(rb, rb.policies.get('sz-2023-guarantee-fee-reduction')!, facts.value, { date: '2023-08-01' as PlainDate, jurisdiction: 'cn-gd-sz' });
    expect(r).toMatchObject({ status: 'ELIGIBLE', benefitKind: 'FEE_REDUCTION', amountFen: 10_000_000 });
    expect(String(r.outputs.reduced_rate_at_max_reduction)).toBe('0.01');
  });
});

describe('paysCash', () => {
  it('is true for cash and for grants without a kind, false for fee cuts, tax reliefs and price preferences', () => {
    expect(paysCash(rb.policies.get('sz-2023-tech-sme-interest-subsidy')!)).toBe(true);
    expect(paysCash({ benefitKind: null })).toBe(true);
    expect(paysCash({})).toBe(true);
    for (const kind of ['FEE_REDUCTION', 'TAX_REDUCTION', 'TAX_DEDUCTION', 'PRICE_PREFERENCE'] as const) expect(paysCash({ benefitKind: kind })).toBe(false);
    expect(paysCash(rb.policies.get('sz-2023-guarantee-fee-reduction')!)).toBe(false);
  });
});
