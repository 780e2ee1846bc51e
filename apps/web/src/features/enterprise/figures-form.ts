import type { MessageKey, MessageParams } from '../../i18n/dictionary';
import type { YearlyFigures, YearlyFiguresInput } from '../../api/types';
import { fenToYuanInput, parseYuanToFen } from '../../format/money';

/** What the yearly-figures form holds: text as typed (amounts in yuan). */
export interface FiguresFormValues {
  year: string;
  employees: string;
  revenue: string;
  totalAssets: string;
  rdExpense: string;
  mainBusinessRevenue: string;
}

export type FiguresField = keyof FiguresFormValues;

export interface FieldProblem {
  key: MessageKey;
  params?: MessageParams;
}

const FIELD_LABELS: Readonly<Record<Exclude<FiguresField, 'year'>, MessageKey>> = {
  employees: 'figures.employees',
  revenue: 'figures.revenue',
  totalAssets: 'figures.totalAssets',
  rdExpense: 'figures.rdExpense',
  mainBusinessRevenue: 'figures.mainBusinessRevenue',
};

/** The earliest year the API accepts figures for. */
export const FIRST_YEAR = 1980;

export function figuresToFormValues(figures: YearlyFigures | null, year: number | null): FiguresFormValues {
  const amount = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : fenToYuanInput(fen));
  return {
    year: year === null ? '' : String(year),
    employees: figures ? String(figures.employees) : '',
    revenue: amount(figures?.revenueFen),
    totalAssets: amount(figures?.totalAssetsFen),
    rdExpense: amount(figures?.rdExpenseFen),
    mainBusinessRevenue: amount(figures?.mainBusinessRevenueFen),
  };
}

/** Checks the year; `taken` are the years that already have figures when adding a new one. */
export function checkYear(text: string, currentYear: number, taken: readonly number[] = []): FieldProblem | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed) || Number(trimmed) < FIRST_YEAR || Number(trimmed) > currentYear) {
    return { key: 'validation.year', params: { max: currentYear } };
  }
  if (taken.includes(Number(trimmed))) return { key: 'validation.yearExists', params: { year: trimmed } };
  return null;
}

/** Checks the head count: required, a whole number ≥ 0. The label is the caller's (translated) field name. */
export function checkEmployees(text: string): FieldProblem | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { key: 'validation.required', params: { field: FIELD_LABELS.employees } };
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(Number(trimmed))) {
    return { key: 'validation.nonNegativeInteger', params: { field: FIELD_LABELS.employees } };
  }
  return null;
}

export function checkAmount(field: Exclude<FiguresField, 'year' | 'employees'>, text: string, isRequired: boolean): FieldProblem | null {
  const parsed = parseYuanToFen(text);
  if (parsed.ok) return null;
  const label = FIELD_LABELS[field];
  if (parsed.reason === 'EMPTY') return isRequired ? { key: 'validation.required', params: { field: label } } : null;
  if (parsed.reason === 'TOO_LARGE') return { key: 'validation.amountTooLarge', params: { field: label } };
  return { key: 'validation.amount', params: { field: label } };
}

export type FiguresParse =
  | { ok: true; year: number; input: YearlyFiguresInput }
  | { ok: false; problems: Partial<Record<FiguresField, FieldProblem>> };

/**
 * Turns the form into the body of `PUT /figures/:year` (which replaces the year's figures).
 * Revenue and total assets are required; R&D expense and main-business revenue are optional and
 * sent as null when left empty (not reported).
 * Field names inside `params.field` are message keys: translate them before showing.
 */
export function parseFiguresForm(values: FiguresFormValues, currentYear: number, takenYears: readonly number[] = []): FiguresParse {
  const problems: Partial<Record<FiguresField, FieldProblem>> = {};
  const yearProblem = checkYear(values.year, currentYear, takenYears);
  if (yearProblem) problems.year = yearProblem;
  const employeesProblem = checkEmployees(values.employees);
  if (employeesProblem) problems.employees = employeesProblem;
  for (const [field, isRequired] of [
    ['revenue', true],
    ['totalAssets', true],
    ['rdExpense', false],
    ['mainBusinessRevenue', false],
  ] as const) {
    const problem = checkAmount(field, values[field], isRequired);
    if (problem) problems[field] = problem;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const fenOf = (text: string): number | undefined => {
    const parsed = parseYuanToFen(text);
    return parsed.ok ? parsed.fen : undefined;
  };
  const input: YearlyFiguresInput = {
    employees: Number(values.employees.trim().replace(/,/g, '')),
    revenueFen: fenOf(values.revenue) as number,
    totalAssetsFen: fenOf(values.totalAssets) as number,
    rdExpenseFen: fenOf(values.rdExpense) ?? null,
    mainBusinessRevenueFen: fenOf(values.mainBusinessRevenue) ?? null,
  };
  return { ok: true, year: Number(values.year.trim()), input };
}
