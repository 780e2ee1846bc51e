/**
 * Display and entry of money held as integer fen (分). The web app cannot import @huiqi/kernel
 * (it talks to the API over HTTP only), so the few conversions it needs live here, all in integers.
 * 1 元 = 100 fen; 1 万元 = 1,000,000 fen.
 */

const FEN_PER_YUAN = 100;
const FEN_PER_WAN_YUAN = 1_000_000;

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatCount(n: number): string {
  return (n < 0 ? '-' : '') + groupThousands(String(Math.abs(Math.trunc(n))));
}

function assertFen(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount in fen must be a safe integer, got ${amount}`);
}

/** Exact yuan with two decimals and thousands separators: 123456789 → "1,234,567.89". */
export function formatFenAsYuan(amount: number): string {
  assertFen(amount);
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / FEN_PER_YUAN);
  const cents = String(abs % FEN_PER_YUAN).padStart(2, '0');
  return `${amount < 0 ? '-' : ''}${groupThousands(String(whole))}.${cents}`;
}

/**
 * 万元 rounded half away from zero to two decimals (to the nearest 100 元):
 * 123456789 fen (1,234,567.89 元) → "123.46".
 */
export function formatFenAsWanYuan(amount: number): string {
  assertFen(amount);
  const abs = Math.abs(amount);
  const hundredths = Math.floor((abs + FEN_PER_WAN_YUAN / 200) / (FEN_PER_WAN_YUAN / 100));
  const whole = Math.floor(hundredths / 100);
  const decimals = String(hundredths % 100).padStart(2, '0');
  const sign = amount < 0 && hundredths > 0 ? '-' : '';
  return `${sign}${groupThousands(String(whole))}.${decimals}`;
}

/**
 * An amount for people in a sentence, split as the kernel's formatMoney writes it (the web app cannot
 * import the kernel; useFormat().money adds the unit's words): in 万元 from 1 万元 when exact to two
 * decimals and the language counts in 万 ("300", "12.5"), else in 元 ("6,650,001", "1,234.56", "0").
 * Separators, no empty decimals.
 */
export function splitMoney(amount: number, countsInWan: boolean): { digits: string; unit: 'WAN_YUAN' | 'YUAN' } {
  assertFen(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (countsInWan && abs >= FEN_PER_WAN_YUAN && abs % (FEN_PER_WAN_YUAN / 100) === 0) {
    const hundredths = (abs % FEN_PER_WAN_YUAN) / (FEN_PER_WAN_YUAN / 100);
    const decimals = hundredths === 0 ? '' : `.${String(hundredths).padStart(2, '0').replace(/0$/, '')}`;
    return { digits: `${sign}${groupThousands(String(Math.floor(abs / FEN_PER_WAN_YUAN)))}${decimals}`, unit: 'WAN_YUAN' };
  }
  const cents = abs % FEN_PER_YUAN;
  return { digits: `${sign}${groupThousands(String(Math.floor(abs / FEN_PER_YUAN)))}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`, unit: 'YUAN' };
}

/** 万元 as a plain number for charts (not for display of exact amounts). */
export function fenToWanYuanNumber(amount: number): number {
  return amount / FEN_PER_WAN_YUAN;
}

/** The text a yuan input field starts with: 123456789 → "1234567.89". */
export function fenToYuanInput(amount: number): string {
  assertFen(amount);
  const abs = Math.abs(amount);
  return `${amount < 0 ? '-' : ''}${Math.floor(abs / FEN_PER_YUAN)}.${String(abs % FEN_PER_YUAN).padStart(2, '0')}`;
}

export type YuanParse =
  | { ok: true; fen: number }
  | { ok: false; reason: 'EMPTY' | 'NOT_AN_AMOUNT' | 'NEGATIVE' | 'TOO_LARGE' };

/**
 * Reads a non-negative yuan amount typed by a person ("1,234.5", " 1234.56 ") exactly into fen.
 * More than two decimals, signs, exponents and other characters are refused, never rounded.
 */
export function parseYuanToFen(text: string): YuanParse {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return { ok: false, reason: 'EMPTY' };
  if (/^-\s*\d/.test(cleaned)) return { ok: false, reason: 'NEGATIVE' };
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return { ok: false, reason: 'NOT_AN_AMOUNT' };
  const wholeDigits = (match[1] as string).replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 13) return { ok: false, reason: 'TOO_LARGE' };
  const value = Number(wholeDigits) * FEN_PER_YUAN + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, fen: value };
}
