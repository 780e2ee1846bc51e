/** Chinese numerals as used in legal numbering (第一百零二条, （十三）). */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUMERAL = '[零〇一二两三四五六七八九十百千]+';

/** Parses `一百零二` → 102, `十五` → 15, or ASCII/full-width digits. Returns null when not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  let seenDigit = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      seenDigit = true;
    } else {
      const unit = UNITS[ch]!;
      total += (seenDigit ? digit : 1) * unit;
      digit = 0;
      seenDigit = false;
    }
  }
  return total + digit;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 15 → `十五`, 102 → `一百零二` (the form used in article numbers). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return DIGIT_CHARS[n]!;
  if (n < 20) return `十${n % 10 ? DIGIT_CHARS[n % 10] : ''}`;
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (pendingZero) out += '零';
      out += DIGIT_CHARS[d]! + name;
      pendingZero = false;
    } else if (out) pendingZero = true;
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + DIGIT_CHARS[rest]!;
  return out;
}
