import { err, ok, type Result } from '@huiqi/kernel';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * A sampling ratio as an exact decimal fraction `numerator / denominator` (denominator a power of
 * ten), so that ⌈ratio × candidates⌉ is computed exactly: in binary floating point 0.07 × 100 is
 * 7.000000000000001, whose ceiling would be 8 — and a verifier recomputing the draw by hand would
 * get 7. A ratio given as a JS number is read as the shortest decimal that denotes it (`String(x)`).
 */
export interface SamplingRatio {
  /** The decimal as written, normalised ("0.3", "1", "0.015"). */
  text: string;
  numerator: bigint;
  denominator: bigint;
}

const DECIMAL = /^\+?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^\+?\.(\d+)(?:[eE]([+-]?\d+))?$/;

/** Reads a ratio in [0, 1]; anything else (negative, > 1, NaN, not a number) is refused naming the stratum. */
export function parseSamplingRatio(value: unknown, stratum: string): Result<SamplingRatio, InspectionError> {
  const refuse = () =>
    err(
      inspectionError(
        'RATIO_INVALID',
        `层级「${stratum}」的抽查比例必须是 0 到 1 之间的数（含 0 和 1），收到：${shown(value)}`,
        `the sampling ratio of stratum "${stratum}" must be a number from 0 to 1 inclusive; got ${shown(value)}`,
        { stratum, value: shown(value) },
      ),
    );
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return refuse();
    text = String(value);
  } else if (typeof value === 'string') text = value.trim();
  else return refuse();
  const m = DECIMAL.exec(text);
  if (!m) return refuse();
  const intPart = m[1] ?? '0';
  const fracPart = m[2] ?? m[4] ?? '';
  const exponent = Number(m[3] ?? m[5] ?? '0');
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return refuse();
  let numerator = BigInt(intPart + fracPart);
  let scale = fracPart.length - exponent; // value = numerator × 10^-scale
  if (scale < 0) {
    numerator *= 10n ** BigInt(-scale);
    scale = 0;
  }
  let denominator = 10n ** BigInt(scale);
  while (scale > 0 && numerator % 10n === 0n) {
    numerator /= 10n;
    denominator /= 10n;
    scale--;
  }
  if (numerator > denominator) return refuse();
  return ok({ text: decimalText(numerator, scale), numerator, denominator });
}

function decimalText(numerator: bigint, scale: number): string {
  if (scale === 0) return numerator.toString();
  const digits = numerator.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** ⌈ratio × count⌉, exactly. */
export function sampleSize(ratio: SamplingRatio, count: number): number {
  const product = ratio.numerator * BigInt(count);
  return Number((product + ratio.denominator - 1n) / ratio.denominator);
}

function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return '（空）';
  try {
    const s = JSON.stringify(value);
    return s === undefined ? typeof value : s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return typeof value;
  }
}
