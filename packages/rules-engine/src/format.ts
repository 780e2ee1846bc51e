import { formatMoney, mul, roundTo, toDecimalText, type Num } from '@huiqi/kernel';
import type { Unit } from './fact-schema';
import { UNKNOWN, type Value } from './expr/types';
import { codeLabel } from './code-labels';

const ZH: Partial<Record<Unit, string>> = { people: '人', years: '年', months: '个月', days: '天', working_days: '个工作日', hours: '小时', count: '项', score: '分', rank: '名' };
const EN: Partial<Record<Unit, string>> = { people: ' people', years: ' years', months: ' months', days: ' days', working_days: ' working days', hours: ' hours', count: ' items', score: ' points', rank: '' };

/** Formats a value for people, in Chinese or English, using its unit (fen in 元/万元 by the kernel's formatMoney, ratio as %). */
export function formatValue(v: Value, unit: Unit | undefined, lang: 'zh' | 'en'): string {
  if (v === UNKNOWN) return lang === 'zh' ? '未知' : 'unknown';
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  // Codes (qualification tags, taxpayer types, size sectors) in words; other text as it is.
  if (typeof v === 'string') return codeLabel(v, lang);
  if (Array.isArray(v)) {
    if (v.length === 0) return lang === 'zh' ? '无' : 'none';
    return v.map((x) => formatValue(x as Value, unit, lang)).join(lang === 'zh' ? '、' : ', ');
  }
  const n = v as Num;
  if (unit === 'fen') return formatMoney(roundTo(n, 'HALF_UP') as number, lang);
  if (unit === 'ratio') return `${toDecimalText(mul(n, 100), 4)}%`;
  const text = toDecimalText(n, 4);
  return unit ? `${text}${(lang === 'zh' ? ZH : EN)[unit] ?? ''}` : text;
}

/** The JSON form of a value: exact decimals as numbers when integral, else as decimal text. */
export function jsonValue(v: Value): unknown {
  if (v === UNKNOWN) return null;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return toDecimalText(v as Num, 10);
  if (Array.isArray(v)) return v.map((x) => jsonValue(x as Value));
  return v;
}
