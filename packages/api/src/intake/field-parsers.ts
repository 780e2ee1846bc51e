import { bi, checkUscc, err, ok, parsePlainDate, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';

/**
 * Parsers of one cell of an intake file: text in, a typed value or a bilingual reason out.
 * Pure: no I/O, no throwing. Cells arrive trimmed; an empty cell is handled by the caller.
 */
export type FieldResult<T> = Result<T, BilingualText>;

export function parseUsccCell(text: string): FieldResult<string> {
  const c = checkUscc(text);
  if (!c.valid) return err(c.reason!);
  return ok(text.trim().toUpperCase());
}

const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** `2023-02-28`, `2023/2/28` or `2023.2.28`; an impossible day (2023-02-30) is refused by name. */
export function parseDateCell(text: string, notAfter: PlainDate): FieldResult<PlainDate> {
  const m = DATE.exec(text);
  if (!m) return err(bi(`日期「${text}」格式不对，应为 YYYY-MM-DD`, `date '${text}' is not in the form YYYY-MM-DD`));
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = parsePlainDate(iso);
  if (!d) return err(bi(`日期「${text}」不存在`, `date '${text}' does not exist`));
  if (d > notAfter) return err(bi(`日期 ${d} 晚于今天（${notAfter}）`, `date ${d} is after today (${notAfter})`));
  if (d < '1949-10-01') return err(bi(`日期 ${d} 早于 1949-10-01`, `date ${d} is before 1949-10-01`));
  return ok(d);
}

/** A four-digit year from 1949 to `maxYear`. */
export function parseYearCell(text: string, maxYear: number): FieldResult<number> {
  if (!/^\d{4}$/.test(text)) return err(bi(`年度「${text}」应为四位数字`, `year '${text}' must be four digits`));
  const y = Number(text);
  if (y < 1949 || y > maxYear) return err(bi(`年度 ${y} 超出范围（1949–${maxYear}）`, `year ${y} is out of range (1949–${maxYear})`));
  return ok(y);
}

/** A head count: a whole number, zero or more (thousands separators allowed: 1,200). */
export function parseCountCell(text: string): FieldResult<number> {
  const t = text.replace(/,/g, '');
  if (/^-\d+$/.test(t)) return err(bi(`人数不能为负数：${text}`, `a head count cannot be negative: ${text}`));
  if (!/^\d+$/.test(t)) return err(bi(`人数「${text}」不是整数`, `head count '${text}' is not a whole number`));
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n > 10_000_000) return err(bi(`人数 ${text} 过大`, `head count ${text} is too large`));
  return ok(n);
}

/** An amount in 元 with at most two decimals, zero or more, stored as integer fen (1,234.50 → 123450). */
export function parseYuanCell(text: string): FieldResult<number> {
  const t = text.replace(/,/g, '');
  if (/^-\d+(\.\d+)?$/.test(t)) return err(bi(`金额不能为负数：${text}`, `an amount cannot be negative: ${text}`));
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return err(bi(`金额「${text}」不是以元为单位、最多两位小数的数字`, `amount '${text}' is not a number of yuan with at most two decimals`));
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || m[1]!.length > 15) return err(bi(`金额 ${text} 过大`, `amount ${text} is too large`));
  return ok(fen);
}

const INDUSTRY = /^([A-T])(\d{2}(\d{1,2})?)?$/;

/**
 * A GB/T 4754-2017 code: a section letter, optionally with 2–4 digits whose division lies in the
 * section (`C39`, `K701`); `sections` is the standard's table from the rule base (rules/size-standard).
 */
export function parseIndustryCell(text: string, sections: ReadonlyMap<string, readonly [string, string]>): FieldResult<string> {
  const code = text.toUpperCase();
  const m = INDUSTRY.exec(code);
  if (!m) return err(bi(`行业代码「${text}」格式不对（如 C39、I65、K7010）`, `industry code '${text}' is malformed (e.g. C39, I65, K7010)`));
  const range = sections.get(m[1]!);
  if (!range) return err(bi(`未知行业门类「${m[1]}」`, `unknown industry section '${m[1]}'`));
  if (m[2]) {
    const div = m[2].slice(0, 2);
    if (div < range[0] || div > range[1]) {
      return err(bi(`未知行业代码「${text}」：大类 ${div} 不属于门类 ${m[1]}（${range[0]}–${range[1]}）`, `unknown industry code '${text}': division ${div} is not in section ${m[1]} (${range[0]}–${range[1]})`));
    }
  }
  return ok(code);
}

export const TAXPAYER_CELLS: Readonly<Record<string, 'GENERAL' | 'SMALL_SCALE'>> = {
  GENERAL: 'GENERAL',
  SMALL_SCALE: 'SMALL_SCALE',
  一般纳税人: 'GENERAL',
  小规模纳税人: 'SMALL_SCALE',
};

export function parseTaxpayerCell(text: string): FieldResult<'GENERAL' | 'SMALL_SCALE'> {
  const v = TAXPAYER_CELLS[text] ?? TAXPAYER_CELLS[text.toUpperCase()];
  if (!v) return err(bi(`纳税人类型「${text}」应为「一般纳税人」或「小规模纳税人」`, `taxpayer type '${text}' must be GENERAL (一般纳税人) or SMALL_SCALE (小规模纳税人)`));
  return ok(v);
}

/** Free text with a length limit (names, addresses). */
export function parseTextCell(text: string, maxLength: number): FieldResult<string> {
  if ([...text].length > maxLength) return err(bi(`内容超过 ${maxLength} 个字`, `longer than ${maxLength} characters`));
  return ok(text);
}
