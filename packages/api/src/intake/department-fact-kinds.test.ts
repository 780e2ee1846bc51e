import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { DEPARTMENT_FACT_SPECS, parseMonthCell, parseRatingCell, validateDepartmentFactRow } from './department-fact-kinds';
import { resolveHeader } from './resolve-header';

describe('department-fact kinds', () => {
  it('reads months in the usual spellings and refuses impossible or future ones', () => {
    expect(parseMonthCell('2025-3', plainDate('2025-12-01'))).toEqual({ ok: true, value: '2025-03' });
    expect(parseMonthCell('2025年11月', plainDate('2025-12-01'))).toEqual({ ok: true, value: '2025-11' });
    expect(parseMonthCell('2025/13', plainDate('2025-12-01')).ok).toBe(false);
    expect(parseMonthCell('2026-01', plainDate('2025-12-31'))).toMatchObject({ ok: false, error: { en: 'month 2026-01 is after the current month' } });
  });
  it('knows the five grades of 纳税信用等级 (a trailing 级 and lower case accepted)', () => {
    expect(['A', 'b', 'M级', 'c', 'D'].map((t) => parseRatingCell(t))).toEqual(['A', 'B', 'M', 'C', 'D'].map((value) => ({ ok: true, value })));
    expect(parseRatingCell('AA').ok).toBe(false);
  });
  it('reports every problem of a row with the column as the file names it', () => {
    const h = resolveHeader(['统一社会信用代码', '评价年度', '纳税信用等级'], DEPARTMENT_FACT_SPECS.TAX_CREDIT_RATING.columns);
    if (!h.ok) throw new Error('header');
    const bad = validateDepartmentFactRow('TAX_CREDIT_RATING', ['91440300MA5FAKE00X', '2099', 'E'], 7, h.value, plainDate('2025-12-01'));
    expect(bad.ok ? [] : bad.errors.map((e) => [e.line, e.column])).toEqual([[7, '统一社会信用代码'], [7, '评价年度'], [7, '纳税信用等级']]);
  });
});
