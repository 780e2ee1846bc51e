import { mul, roundTo, toJsNumber, type Num, type Rounding } from './exact';

/**
 * Money — an exact amount in integer fen (分, 1/100 yuan). Never a float.
 * Amounts are bigint-free safe integers: 2^53 fen is far above any budget.
 */
declare const fenBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: true };

export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount in fen must be a safe integer, got ${n}`);
  return n as Fen;
}

/** Parses a yuan amount given as text or number ("12.34", 1000) exactly into fen. */
export function yuanToFen(yuan: string | number): Fen {
  const text = typeof yuan === 'number' ? yuanNumberText(yuan) : yuan.trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`not a yuan amount with at most two decimals: ${JSON.stringify(yuan)}`);
  const sign = m[1] === '-' ? -1 : 1;
  const whole = Number(m[2]);
  const cents = Number((m[3] ?? '').padEnd(2, '0'));
  return fen(sign * (whole * 100 + cents));
}

function yuanNumberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite amount: ${n}`);
  // Round-trip through a fixed representation; rejects sub-fen precision.
  const fixed = n.toFixed(2);
  if (Math.abs(Number(fixed) - n) > 1e-9) throw new RangeError(`amount has more than two decimals: ${n}`);
  return fixed;
}

/** Plain yuan with two decimals and no separators ("1234.56"): for files and inputs, never for people — they get formatMoney. */
export function fenToYuanText(amount: Fen | number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}`;
}

const FEN_PER_WAN_YUAN = 1_000_000;

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * An amount for people in a sentence (explanations, reasons): 元 and 万元 with separators, never a
 * currency sign or empty decimals. Chinese: 1 万元 and above in 万元 when that is exact to two decimals
 * ("665 万元", "12.5 万元"), else in 元 ("6,650,001 元", "1,234.56 元"); English in yuan ("6,650,000 yuan").
 */
export function formatMoney(amount: Fen | number, lang: 'zh' | 'en'): string {
  fen(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (lang === 'zh' && abs >= FEN_PER_WAN_YUAN && abs % (FEN_PER_WAN_YUAN / 100) === 0) {
    const wan = Math.floor(abs / FEN_PER_WAN_YUAN);
    const hundredths = (abs % FEN_PER_WAN_YUAN) / (FEN_PER_WAN_YUAN / 100);
    const decimals = hundredths === 0 ? '' : `.${String(hundredths).padStart(2, '0').replace(/0$/, '')}`;
    return `${sign}${grouped(String(wan))}${decimals} 万元`;
  }
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const text = `${sign}${grouped(String(yuan))}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
  return lang === 'zh' ? `${text} 元` : `${text} yuan`;
}

export function addFen(...amounts: Fen[]): Fen {
  return fen(amounts.reduce((s, a) => s + a, 0));
}

/** amount × rate (an exact rational: a share, a deduction, a subsidy rate), rounded to whole fen — 四舍五入 unless told. */
export function fenTimes(amount: Fen | number, rate: Num, mode: Rounding = 'HALF_UP'): Fen {
  return fen(toJsNumber(roundTo(mul(amount, rate), mode)));
}
