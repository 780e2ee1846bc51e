import { bi, err, ok, type PlainDate } from '@huiqi/kernel';
import type { DepartmentFactKind } from '@huiqi/db';
import { parseCountCell, parseUsccCell, parseYearCell, type FieldResult } from './field-parsers';
import type { IntakeColumn } from './intake-columns';
import type { HeaderMap } from './resolve-header';
import type { RowError } from './row-error';

const col = (key: string, zh: string, en: string, aliases: readonly string[]): IntakeColumn => ({ key, aliases: [zh, ...aliases], label: { zh, en }, required: true });
const USCC = col('uscc', '统一社会信用代码', 'unified social credit code', ['信用代码', '社会信用代码']);

/** 纳税信用等级 as the tax authority grades it: A, B, M, C, D. */
export const TAX_CREDIT_RATINGS = ['A', 'B', 'M', 'C', 'D'] as const;

/** A month `YYYY-MM` (or `YYYY/MM`, `YYYY.M`, `YYYY年M月`), not after the current month. */
export function parseMonthCell(text: string, today: PlainDate): FieldResult<string> {
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/.exec(text);
  if (!m) return err(bi(`月份「${text}」格式不对，应为 YYYY-MM`, `month '${text}' is not in the form YYYY-MM`));
  const month = Number(m[2]);
  if (month < 1 || month > 12) return err(bi(`月份「${text}」不存在`, `month '${text}' does not exist`));
  const period = `${m[1]}-${String(month).padStart(2, '0')}`;
  if (period > today.slice(0, 7)) return err(bi(`月份 ${period} 晚于本月`, `month ${period} is after the current month`));
  if (period < '1949-10') return err(bi(`月份 ${period} 早于 1949-10`, `month ${period} is before 1949-10`));
  return ok(period);
}

export function parseRatingCell(text: string): FieldResult<string> {
  const t = text.toUpperCase().replace(/级$/, '');
  if ((TAX_CREDIT_RATINGS as readonly string[]).includes(t)) return ok(t);
  return err(bi(`纳税信用等级「${text}」应为 A、B、M、C 或 D`, `tax credit rating '${text}' must be A, B, M, C or D`));
}

/** What one department-fact kind's file holds: its columns, and how one row becomes (enterprise, period, value). */
export interface DepartmentFactSpec {
  columns: readonly IntakeColumn[];
  /** Text of a period in messages ("2024 年度", "2024-12"). */
  periodLabel(period: string): { zh: string; en: string };
  validate(cell: (key: string) => string, field: <T>(key: string, parse: (text: string) => FieldResult<T>) => T | undefined, today: PlainDate): { period: string; value: Record<string, string | number> } | null;
}

export const DEPARTMENT_FACT_SPECS: Readonly<Record<DepartmentFactKind, DepartmentFactSpec>> = {
  /** 社保: insured employees of one month (参保人数), from the social-insurance agency. */
  SOCIAL_SECURITY_HEADCOUNT: {
    columns: [USCC, col('month', '月份', 'month', ['参保月份', '所属期', '年月']), col('insured_employees', '参保人数', 'insured employees', ['社保参保人数', '缴费人数', '社保缴纳人数'])],
    periodLabel: (p) => ({ zh: `${p} 月`, en: p }),
    validate(_cell, field, today) {
      const period = field('month', (t) => parseMonthCell(t, today));
      const insured = field('insured_employees', parseCountCell);
      return period === undefined || insured === undefined ? null : { period, value: { insuredEmployees: insured } };
    },
  },
  /** 税务: 纳税信用等级 of one evaluation year. */
  TAX_CREDIT_RATING: {
    columns: [USCC, col('year', '评价年度', 'evaluation year', ['年度', '信用年度']), col('rating', '纳税信用等级', 'tax credit rating', ['信用等级', '评价结果'])],
    periodLabel: (p) => ({ zh: `${p} 年度`, en: `evaluation year ${p}` }),
    validate(_cell, field, today) {
      const year = field('year', (t) => parseYearCell(t, Number(today.slice(0, 4))));
      const rating = field('rating', parseRatingCell);
      return year === undefined || rating === undefined ? null : { period: String(year), value: { rating } };
    },
  },
};

export const isDepartmentFactKind = (kind: string): kind is DepartmentFactKind => Object.prototype.hasOwnProperty.call(DEPARTMENT_FACT_SPECS, kind);

/** Checks one data row of a department-fact file (every problem reported): the enterprise, the period and the value. */
export function validateDepartmentFactRow(kind: DepartmentFactKind, cells: readonly string[], line: number, header: HeaderMap, today: PlainDate):
  { ok: true; row: { line: number; uscc: string; period: string; value: Record<string, string | number> } } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (key: string): string => {
    const i = header.index.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const column = (key: string) => header.header.get(key) ?? key;
  function field<T>(key: string, parse: (text: string) => FieldResult<T>): T | undefined {
    const text = cell(key);
    if (text === '') {
      errors.push({ line, column: column(key), message: bi('必填项为空', 'required value is empty') });
      return undefined;
    }
    const r = parse(text);
    if (!r.ok) {
      errors.push({ line, column: column(key), message: r.error });
      return undefined;
    }
    return r.value;
  }
  if (cells.length > header.width) {
    errors.push({ line, column: `#${header.width + 1}`, message: bi(`本行有 ${cells.length} 列，多于表头的 ${header.width} 列`, `the row has ${cells.length} cells, more than the header's ${header.width}`) });
  }
  const uscc = field('uscc', parseUsccCell);
  const fact = DEPARTMENT_FACT_SPECS[kind].validate(cell, field, today);
  if (errors.length > 0 || uscc === undefined || fact === null) return { ok: false, errors };
  return { ok: true, row: { line, uscc, ...fact } };
}
