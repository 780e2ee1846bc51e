import { describe, expect, it } from 'vitest';
import { checkProductTerms, compareTerms, combineMatch, type LoanProductTerms } from './loan-product';
import { wanYuan } from './loan-product-reasons';

const product = (over: Partial<LoanProductTerms> = {}): LoanProductTerms => ({
  name: '科技信用贷', description: '', minAmountFen: 50_000_000, maxAmountFen: 1_000_000_000, annualRatePercent: '3.45', minTermMonths: 6, maxTermMonths: 36,
  collateral: ['NONE', 'INTELLECTUAL_PROPERTY'], conditions: [{ id: 'is_sme', label: { zh: '中小企业', en: 'an SME' }, when: 'isSme', cite: 'x' }], ...over,
});

describe('loan product terms', () => {
  it('refuses each bad term naming its field', () => {
    const field = (over: Partial<LoanProductTerms>) => checkProductTerms(product(over))?.field ?? null;
    expect(field({})).toBeNull();
    expect(field({ name: ' ' })).toBe('name');
    expect(field({ minAmountFen: 0 })).toBe('minAmountFen');
    expect(field({ minAmountFen: 1.5 })).toBe('minAmountFen');
    expect(field({ maxAmountFen: 49_999_999 })).toBe('maxAmountFen');
    expect(field({ annualRatePercent: '3.4.5' })).toBe('annualRatePercent');
    expect(field({ minTermMonths: 0 })).toBe('minTermMonths');
    expect(field({ maxTermMonths: 5 })).toBe('maxTermMonths');
    expect(field({ maxTermMonths: 361 })).toBe('maxTermMonths');
    expect(field({ collateral: [] })).toBe('collateral');
    expect(field({ collateral: ['NONE', 'NONE'] })).toBe('collateral');
    expect(field({ conditions: [{ id: 'Bad', label: { zh: 'x', en: 'x' }, when: 'isSme', cite: 'x' }] })).toBe('conditions[0]');
    expect(field({ conditions: [{ id: 'a', label: { zh: ' ', en: 'x' }, when: 'isSme', cite: 'x' }] })).toBe('conditions[0]');
    expect(field({ conditions: [{ id: 'a', label: { zh: 'x', en: 'x' }, when: 'isSme', cite: 'x' }, { id: 'a', label: { zh: 'y', en: 'y' }, when: 'true', cite: 'x' }] })).toBe('conditions[1]');
  });

  it('compares a demand with the amount, term and collateral, in words, at the bounds inclusive', () => {
    const at = (amountFen: number, termMonths: number, collateral: 'NONE' | 'REAL_ESTATE') => compareTerms(product(), { amountFen, termMonths, collateral }).map((t) => t.met);
    expect(at(50_000_000, 6, 'NONE')).toEqual([true, true, true]);
    expect(at(1_000_000_000, 36, 'NONE')).toEqual([true, true, true]);
    expect(at(49_999_999, 37, 'REAL_ESTATE')).toEqual([false, false, false]);
    const [amount, , collateral] = compareTerms(product(), { amountFen: 1_200_000_000, termMonths: 12, collateral: 'REAL_ESTATE' });
    expect(amount!.reason.zh).toBe('申请金额 1,200 万元 不在产品额度 50 万元 至 1,000 万元 之内');
    expect(collateral!.reason.zh).toBe('产品不接受不动产抵押（接受：信用（无担保）、知识产权质押）');
    expect(wanYuan(12_345_678)).toBe('123,456.78 元');
    expect(wanYuan(12_340_000)).toBe('12.34 万元');
  });

  it('is three-valued: a failed term is INELIGIBLE, unknown facts (or none, for a bank without consent) UNKNOWN', () => {
    const ok = compareTerms(product(), { amountFen: 300_000_000, termMonths: 12, collateral: 'NONE' });
    const notOk = compareTerms(product(), { amountFen: 3, termMonths: 12, collateral: 'NONE' });
    expect(combineMatch(ok, 'ELIGIBLE', true)).toBe('ELIGIBLE');
    expect(combineMatch(ok, 'INELIGIBLE', true)).toBe('INELIGIBLE');
    expect(combineMatch(ok, 'UNKNOWN', true)).toBe('UNKNOWN');
    expect(combineMatch(ok, null, true)).toBe('UNKNOWN');
    expect(combineMatch(ok, null, false)).toBe('ELIGIBLE');
    expect(combineMatch(notOk, 'UNKNOWN', true)).toBe('INELIGIBLE');
    expect(combineMatch(notOk, 'ELIGIBLE', true)).toBe('INELIGIBLE');
  });
});
