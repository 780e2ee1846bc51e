import { bi, type PlainDate } from '@huiqi/kernel';
import { parseCountCell, parseUsccCell, parseYearCell, parseYuanCell, type FieldResult } from './field-parsers';
import type { HeaderMap } from './resolve-header';
import type { RowError } from './row-error';

/** One valid row of a yearly-figures file (统计/税务): one enterprise, one year. Money in fen. */
export interface FigureIntakeRow {
  line: number;
  uscc: string;
  year: number;
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  /** Null: not in the file (a stored value is kept). */
  rdExpenseFen: number | null;
  mainBusinessRevenueFen: number | null;
}

/** Checks one data row of a YEARLY_FIGURES file; every problem of the row is reported. */
export function validateFigureRow(cells: readonly string[], line: number, header: HeaderMap, today: PlainDate): { ok: true; row: FigureIntakeRow } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (key: string): string => {
    const i = header.index.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const column = (key: string) => header.header.get(key) ?? key;
  function field<T>(key: string, parse: (text: string) => FieldResult<T>, optional = false): T | null | undefined {
    const text = cell(key);
    if (text === '') {
      if (optional) return null;
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
  const year = field('year', (t) => parseYearCell(t, Number(today.slice(0, 4))));
  const employees = field('employees', parseCountCell);
  const revenueFen = field('revenue_yuan', parseYuanCell);
  const totalAssetsFen = field('total_assets_yuan', parseYuanCell);
  const rdExpenseFen = field('rd_expense_yuan', parseYuanCell, true);
  const mainBusinessRevenueFen = field('main_business_revenue_yuan', parseYuanCell, true);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, row: { line, uscc: uscc!, year: year!, employees: employees!, revenueFen: revenueFen!, totalAssetsFen: totalAssetsFen!, rdExpenseFen: rdExpenseFen ?? null, mainBusinessRevenueFen: mainBusinessRevenueFen ?? null } };
}
