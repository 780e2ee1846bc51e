import { describe, it, expect } from 'vitest';
import { figuresToFormValues, parseFiguresForm, type FiguresFormValues } from './figures-form';

const filled: FiguresFormValues = {
  year: '2024',
  employees: '86',
  revenue: '35,600,000.50',
  totalAssets: '28000000',
  rdExpense: '',
  mainBusinessRevenue: '35000000',
};

describe('yearly figures form', () => {
  it('sends integer fen, and null for empty optional amounts', () => {
    expect(parseFiguresForm(filled, 2026)).toEqual({
      ok: true,
      year: 2024,
      input: { employees: 86, revenueFen: 3_560_000_050, totalAssetsFen: 2_800_000_000, rdExpenseFen: null, mainBusinessRevenueFen: 3_500_000_000 },
    });
  });

  it('refuses negative, fractional and non-numeric head counts', () => {
    for (const employees of ['-1', '3.5', 'abc', '']) {
      const result = parseFiguresForm({ ...filled, employees }, 2026);
      expect(result.ok, employees).toBe(false);
      if (!result.ok) {
        expect(result.problems.employees?.key).toBe(employees === '' ? 'validation.required' : 'validation.nonNegativeInteger');
        expect(result.problems.employees?.params).toEqual({ field: 'figures.employees' });
      }
    }
  });

  it('reports every bad field at once', () => {
    const result = parseFiguresForm({ ...filled, revenue: '', totalAssets: '-5', rdExpense: '1.234' }, 2026);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.problems).sort()).toEqual(['rdExpense', 'revenue', 'totalAssets']);
      expect(result.problems.revenue?.key).toBe('validation.required');
      expect(result.problems.totalAssets?.key).toBe('validation.amount');
      expect(result.problems.rdExpense?.key).toBe('validation.amount');
    }
  });

  it('refuses future years, years before 1980 and years that already have figures', () => {
    const check = (year: string, taken: number[] = []) => {
      const r = parseFiguresForm({ ...filled, year }, 2026, taken);
      return r.ok ? null : r.problems.year?.key;
    };
    expect(check('2027')).toBe('validation.year');
    expect(check('1979')).toBe('validation.year');
    expect(check('1980')).toBeNull();
    expect(check('24')).toBe('validation.year');
    expect(check('2024', [2023, 2024])).toBe('validation.yearExists');
    expect(check('2026')).toBeNull();
  });

  it('fills the form from stored figures in yuan', () => {
    expect(
      figuresToFormValues(
        { year: 2023, employees: 80, revenueFen: 123456, totalAssetsFen: 100, rdExpenseFen: null, mainBusinessRevenueFen: 5, version: 1, validFrom: '2024-01-01T00:00:00.000Z' },
        2023,
      ),
    ).toEqual({ year: '2023', employees: '80', revenue: '1234.56', totalAssets: '1.00', rdExpense: '', mainBusinessRevenue: '0.05' });
  });
});
