import { describe, expect, it } from 'vitest';
import { factsFromJson } from './facts-input';
import { Rational } from '@huiqi/kernel';

describe('factsFromJson', () => {
  it('converts yuan to fen exactly and decimals without floats', () => {
    const r = factsFromJson({ revenue: '12345.67', marketShare: 0.1, employees: 20, tags: ['SPECIALIZED'], firstLoanDate: '2023-02-01' }, { money: 'yuan' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.revenue).toBe(1234567);
      expect(r.value.marketShare).toEqual(new Rational(1n, 10n));
      expect(r.value.tags).toEqual(['SPECIALIZED']);
    }
  });
  it('reports every bad field: unknown names, negatives, wrong types, bad codes and dates', () => {
    const r = factsFromJson({ revenu: 1, employees: -3, revenue: '1.234', taxpayerType: 'SMALL', tags: ['GIANT'], firstLoanDate: '2023-02-30', isFirstLoan: 'yes' }, { money: 'yuan' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.field).sort()).toEqual(['employees', 'firstLoanDate', 'isFirstLoan', 'revenu', 'revenue', 'tags', 'taxpayerType']);
  });
  it('treats null as not known', () => {
    const r = factsFromJson({ revenue: null }, { money: 'fen' });
    expect(r.ok && 'revenue' in r.value).toBe(false);
  });
});
