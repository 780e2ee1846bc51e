/**
 * Exact numbers for rules: a safe integer as a plain JS number (the fast path: fen, headcounts),
 * anything else as a reduced rational of bigints. Rates in data files ("0.0005", "0.03") are parsed
 * from their text, never through binary floats, so money math and threshold comparisons are exact.
 */
export class Rational {
  constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}
}

export type Num = number | Rational;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Builds a normalised value: positive denominator, reduced, a plain number when integral and safe. */
export function ratio(n: bigint, d: bigint): Num {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  if (d === 1n && n <= MAX && n >= -MAX) return Number(n);
  return new Rational(n, d);
}

function parts(a: Num): [bigint, bigint] {
  return typeof a === 'number' ? [BigInt(a), 1n] : [a.n, a.d];
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses decimal text ("12", "0.0005", "-3.5") exactly; null when it is not a plain decimal. */
export function parseExact(text: string): Num | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const frac = m[3] ?? '';
  if (m[2]!.length + frac.length > 40) return null;
  const n = BigInt(m[2]! + frac) * (m[1] === '-' ? -1n : 1n);
  return ratio(n, 10n ** BigInt(frac.length));
}

/** Converts a JS number from JSON/YAML via its shortest decimal text (0.1 → 1/10, not the float). */
export function fromJsNumber(x: number): Num | null {
  if (!Number.isFinite(x)) return null;
  if (Number.isSafeInteger(x)) return x;
  let text = String(x);
  if (/e/i.test(text)) {
    const [mant, expText] = text.toLowerCase().split('e') as [string, string];
    const exp = Number(expText);
    const m = DECIMAL.exec(mant);
    if (!m) return null;
    const frac = m[3] ?? '';
    let n = BigInt(m[2]! + frac) * (m[1] === '-' ? -1n : 1n);
    let d = 10n ** BigInt(frac.length);
    if (exp >= 0) n *= 10n ** BigInt(exp);
    else d *= 10n ** BigInt(-exp);
    return ratio(n, d);
  }
  return parseExact(text);
}

export function isIntegral(a: Num): a is number {
  return typeof a === 'number';
}

export function add(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  const [an, ad] = parts(a);
  const [bn, bd] = parts(b);
  return ratio(an * bd + bn * ad, ad * bd);
}

export function neg(a: Num): Num {
  return typeof a === 'number' ? -a || 0 : new Rational(-a.n, a.d);
}

export function sub(a: Num, b: Num): Num {
  return add(a, neg(b));
}

export function mul(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (Number.isSafeInteger(p)) return p;
  }
  const [an, ad] = parts(a);
  const [bn, bd] = parts(b);
  return ratio(an * bn, ad * bd);
}

/** Exact quotient; null when dividing by zero (the caller decides what that means). */
export function div(a: Num, b: Num): Num | null {
  if (b === 0) return null;
  if (typeof a === 'number' && typeof b === 'number' && a % b === 0) return a / b || 0;
  const [an, ad] = parts(a);
  const [bn, bd] = parts(b);
  return ratio(an * bd, ad * bn);
}

export function cmp(a: Num, b: Num): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const [an, ad] = parts(a);
  const [bn, bd] = parts(b);
  const l = an * bd;
  const r = bn * ad;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function eq(a: Num, b: Num): boolean {
  return cmp(a, b) === 0;
}

export type Rounding = 'HALF_UP' | 'FLOOR' | 'CEIL';

/** Rounds to an integer: HALF_UP is 四舍五入 (halves away from zero), FLOOR/CEIL towards ∓∞. */
export function roundTo(a: Num, mode: Rounding): Num {
  if (typeof a === 'number') return a;
  const { n, d } = a;
  let q = n / d; // truncates towards zero
  const r = n - q * d;
  if (mode === 'FLOOR') {
    if (r < 0n) q -= 1n;
  } else if (mode === 'CEIL') {
    if (r > 0n) q += 1n;
  } else {
    const twice = (r < 0n ? -r : r) * 2n;
    if (twice >= d) q += n < 0n ? -1n : 1n;
  }
  return ratio(q, 1n);
}

export function toJsNumber(a: Num): number {
  return typeof a === 'number' ? a : Number(a.n) / Number(a.d);
}

/** Exact decimal text when the value has a finite expansion within `maxDigits`, else rounded. */
export function toDecimalText(a: Num, maxDigits = 6): string {
  if (typeof a === 'number') return String(a);
  const sign = a.n < 0n ? '-' : '';
  const n = a.n < 0n ? -a.n : a.n;
  const scale = 10n ** BigInt(maxDigits);
  const scaled = roundTo(ratio(n * scale, a.d), 'HALF_UP');
  const [sn] = parts(scaled);
  const whole = sn / scale;
  const frac = (sn % scale).toString().padStart(maxDigits, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/**
 * Reads a rate or share given as decimal text ("0.1") or as a JSON number (0.1 is read from its
 * shortest decimal text, so it is exactly 1/10). Null when it is neither.
 */
export function exactFrom(v: unknown): Num | null {
  if (typeof v === 'number') return fromJsNumber(v);
  if (typeof v === 'string') return parseExact(v);
  return null;
}

/** A share as a percentage for people: 1/10 → "10%", 3/40 → "7.5%" (at most `maxDigits` decimals, half up). */
export function toPercentText(a: Num, maxDigits = 4): string {
  return `${toDecimalText(mul(a, 100), maxDigits)}%`;
}
