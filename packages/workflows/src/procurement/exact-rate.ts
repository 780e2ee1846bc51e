import { fen, type Fen } from '@huiqi/kernel';
import { parseExact, type Num } from '@huiqi/rules-engine';

/** An exact non-negative fraction n/d (rates, shares): never a binary float. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

export function fraction(x: Num): Fraction {
  return typeof x === 'number' ? { n: BigInt(x), d: 1n } : { n: x.n, d: x.d };
}

/**
 * Reads a rate or share given as decimal text or as a JSON number (0.1 is read from its shortest
 * decimal text, so it is exactly 1/10). Null when it is not a plain decimal.
 */
export function parseRate(v: unknown): Fraction | null {
  let text: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    text = String(v);
    if (/e/i.test(text)) text = v.toFixed(12).replace(/0+$/, '');
  } else if (typeof v === 'string') text = v;
  else return null;
  const x = parseExact(text);
  return x === null ? null : fraction(x);
}

export const ZERO: Fraction = { n: 0n, d: 1n };
export const ONE: Fraction = { n: 1n, d: 1n };

export function cmpFraction(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function addFraction(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** amount × f, rounded half up (四舍五入) to whole fen. */
export function mulFen(amount: Fen | number, f: Fraction, mode: 'HALF_UP' | 'CEIL' = 'HALF_UP'): Fen {
  const p = BigInt(amount) * f.n;
  const q = p / f.d;
  const r = p % f.d;
  if (mode === 'CEIL') return fen(Number(r > 0n ? q + 1n : q));
  return fen(Number(2n * r >= f.d ? q + 1n : q));
}

/** The evaluated price: price × (1 − rate), rounded half up to whole fen. */
export function deductFen(price: Fen, rate: Fraction): Fen {
  return mulFen(price, { n: rate.d - rate.n, d: rate.d });
}

/** A percentage for people: 1/10 → "10%", 3/40 → "7.5%". */
export function formatPercent(f: Fraction): string {
  const scaled = f.n * 100_0000n;
  const q = scaled / f.d;
  const r = scaled % f.d;
  const v = 2n * r >= f.d ? q + 1n : q;
  const whole = v / 10000n;
  const frac = (v % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}%`;
}

/** Decimal text for JSON ("0.1", "0.075"), exact up to 10 places. */
export function fractionText(f: Fraction): string {
  const scale = 10n ** 10n;
  const scaled = f.n * scale;
  const q = scaled / f.d;
  const r = scaled % f.d;
  const v = 2n * r >= f.d ? q + 1n : q;
  const whole = v / scale;
  const frac = (v % scale).toString().padStart(10, '0').replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}`;
}
