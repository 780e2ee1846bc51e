import { err, ok, parsePlainDate, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';

/**
 * Tracking numbers (受理编号) handed to the reporter at once: `<PREFIX><YYYYMMDD><NNNNNN><C>`,
 * e.g. `SZ202603020001234`. PREFIX is 2–4 capital letters of the receiving jurisdiction, NNNNNN the
 * day's sequence (the storage layer allocates it), C a Luhn check digit over the digits, so that a
 * mistyped number is refused instead of looking up someone else's case.
 */
export interface TrackingNumberParts {
  prefix: string;
  date: PlainDate;
  sequence: number;
}

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function formatTrackingNumber(p: TrackingNumberParts): string {
  if (!/^[A-Z]{2,4}$/.test(p.prefix)) throw new RangeError(`tracking-number prefix must be 2–4 capital letters: ${p.prefix}`);
  if (!Number.isSafeInteger(p.sequence) || p.sequence < 1 || p.sequence > 999_999) throw new RangeError(`tracking-number sequence must be 1–999999: ${p.sequence}`);
  const digits = `${p.date.replaceAll('-', '')}${String(p.sequence).padStart(6, '0')}`;
  return `${p.prefix}${digits}${luhnDigit(digits)}`;
}

export function parseTrackingNumber(text: string): Result<TrackingNumberParts, { code: 'TRACKING_NUMBER_INVALID'; message: BilingualText }> {
  const bad = (zh: string, en: string) => err({ code: 'TRACKING_NUMBER_INVALID' as const, message: { zh: `受理编号无效：${zh}`, en: `invalid tracking number: ${en}` } });
  const m = /^([A-Z]{2,4})(\d{8})(\d{6})(\d)$/.exec(text.trim().toUpperCase());
  if (!m) return bad('格式应为字母前缀加15位数字', 'expected a letter prefix and 15 digits');
  const [, prefix, ymd, seq, check] = m as unknown as [string, string, string, string, string];
  const date = parsePlainDate(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`);
  if (date === null) return bad('日期部分不是有效日期', 'the date part is not a calendar date');
  if (luhnDigit(`${ymd}${seq}`) !== Number(check)) return bad('校验位不符，请核对是否输错', 'check digit does not match; please check for a typo');
  return ok({ prefix, date, sequence: Number(seq) });
}
