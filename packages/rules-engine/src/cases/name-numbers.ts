import type { RuleCase } from './load-cases';

const NUMBER = /\d+(?:\.\d+)?/g;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Found {
  /** Plain figures (amounts, days, rates, counts). */
  values: number[];
  /** Components of the dates (year, month, day). */
  years: Set<number>;
  monthDays: Set<string>;
}

function collect(value: unknown, out: Found): void {
  if (value === null || value === undefined || typeof value === 'boolean') return;
  if (typeof value === 'number') out.values.push(value);
  else if (typeof value === 'string') {
    const d = DATE.exec(value);
    if (d) {
      out.years.add(Number(d[1]));
      out.monthDays.add(`${Number(d[2])}-${Number(d[3])}`);
    } else for (const m of value.match(NUMBER) ?? []) out.values.push(Number(m));
  } else if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (typeof value === 'object') for (const v of Object.values(value as Record<string, unknown>)) collect(v, out);
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));

/**
 * The numbers a case's name states (Arabic digits) that appear nowhere in its input, date or expected
 * result — a name that says "逾期1日" over an expectation of 2 days is a wrong name or a wrong case.
 * Dates in the name (`2025年6月1日`, `3月31日`) must be dates of the case; other numbers must be values of
 * the case, as written, as 万 (×10 000), as a percentage (÷100) or in fen, or figures of the law in force
 * (`lawFigures`: parameter values, numbers written in the policy). Document numbers (26号, 第9项), codes
 * (G53) and years naming a text (2020年文本) are not figures; "少1分"/"零1分" is a threshold ± one fen.
 */
export function unsupportedNameNumbers(c: Pick<RuleCase, 'name' | 'date' | 'input' | 'expect'>, lawFigures: readonly number[] = []): number[] {
  const found: Found = { values: [...lawFigures], years: new Set(), monthDays: new Set() };
  collect(c.input, found);
  collect(c.expect, found);
  collect(String(c.date), found);
  const fenOff = /[少零]1分/.test(c.name) ? [0.01, -0.01] : [];
  const out: number[] = [];
  const name = c.name;
  for (const m of name.matchAll(NUMBER)) {
    const n = Number(m[0]);
    const before = name.slice(0, m.index);
    const after = name.slice(m.index + m[0].length);
    if (/^(号|项)/.test(after) || /[A-Za-z〔]$/.test(before)) continue;
    if (n === 1 && /^分/.test(after) && /[少零]$/.test(before)) continue;
    // A year: of a date of the case when a month follows, else the name of a text (2020年文本).
    if (/^\d{4}$/.test(m[0]) && /^年/.test(after)) {
      if (!/^年\d/.test(after) || found.years.has(n)) continue;
      out.push(n);
      continue;
    }
    // A month: checked together with its day.
    const md = /^月(\d+)日/.exec(after);
    if (md) {
      if (!found.monthDays.has(`${n}-${Number(md[1])}`)) out.push(n * 100 + Number(md[1]));
      continue;
    }
    if (/月$/.test(before) && /^日/.test(after) && /\d+月$/.test(before)) continue; // the day of a month already checked
    const ok = found.values.some((v) => fenOff.some((f) => close(v + f, n * 10_000) || close(v + f, n)) || close(v, n) || close(v, n * 10_000) || close(v, n / 100) || close(v, n * 100) || close(v, n * 1_000_000) || close(v, n * 100_000_000));
    if (!ok && !out.includes(n)) out.push(n);
  }
  return out;
}
