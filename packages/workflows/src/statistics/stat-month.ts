import { toEpochDay, type PlainDate } from '@huiqi/kernel';

/** A calendar month as `YYYY-MM`. */
export type StatMonth = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isStatMonth(text: string): text is StatMonth {
  return MONTH.test(text);
}

/** First and last day of a month as epoch days (both inclusive). */
export function monthDays(month: StatMonth): { first: number; last: number; lastDate: PlainDate } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`不是月份 ${month} / not a month`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const first = toEpochDay(`${m[1]}-${m[2]}-01` as PlainDate);
  const nextFirst = mo === 12 ? toEpochDay(`${y + 1}-01-01` as PlainDate) : toEpochDay(`${m[1]}-${String(mo + 1).padStart(2, '0')}-01` as PlainDate);
  const last = nextFirst - 1;
  const d = new Date(last * 86_400_000);
  const lastDate = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}` as PlainDate;
  return { first, last, lastDate };
}

/** The twelve months of a year. */
export function monthsOf(year: number): StatMonth[] {
  return Array.from({ length: 12 }, (_, k) => `${year}-${String(k + 1).padStart(2, '0')}`);
}

/** The section letter (门类) of a GB/T 4754 industry code such as `C3911` or `I65`; `?` when unknown. */
export function industrySection(code: string): string {
  const c = code.charAt(0).toUpperCase();
  return c >= 'A' && c <= 'T' ? c : '?';
}
