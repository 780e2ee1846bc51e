import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, cmp, div, exactFrom, fromJsNumber, mul, parseExact, Rational, roundTo, sub, toDecimalText, toPercentText } from './exact';
import { fen, fenTimes } from './money';

describe('exact numbers', () => {
  it('parses decimal text without floats: 0.1 + 0.2 is exactly 0.3', () => {
    const s = add(parseExact('0.1')!, parseExact('0.2')!);
    expect(cmp(s, parseExact('0.3')!)).toBe(0);
    expect(toDecimalText(s)).toBe('0.3');
  });

  it('keeps safe integers as plain numbers and promotes on overflow', () => {
    expect(add(2, 3)).toBe(5);
    const big = mul(Number.MAX_SAFE_INTEGER, 10);
    expect(big).toBeInstanceOf(Rational);
    expect(cmp(big, Number.MAX_SAFE_INTEGER)).toBe(1);
  });

  it('divides exactly and reports division by zero as null', () => {
    expect(div(6, 3)).toBe(2);
    expect(toDecimalText(div(1, 3)!, 4)).toBe('0.3333');
    expect(div(1, 0)).toBeNull();
  });

  it('rounds half up (四舍五入), floor and ceil, also for negatives', () => {
    const h = parseExact('2.5')!;
    expect(roundTo(h, 'HALF_UP')).toBe(3);
    expect(roundTo(parseExact('-2.5')!, 'HALF_UP')).toBe(-3);
    expect(roundTo(parseExact('2.49')!, 'HALF_UP')).toBe(2);
    expect(roundTo(parseExact('-2.1')!, 'FLOOR')).toBe(-3);
    expect(roundTo(parseExact('2.1')!, 'CEIL')).toBe(3);
  });

  it('reads JSON numbers through their decimal text', () => {
    expect(toDecimalText(fromJsNumber(0.021)!)).toBe('0.021');
    expect(toDecimalText(fromJsNumber(1e-7)!, 8)).toBe('0.0000001');
    expect(fromJsNumber(Number.NaN)).toBeNull();
  });

  it('agrees with integer arithmetic on random safe integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (a, b) => {
        expect(cmp(sub(add(a, b), b), a)).toBe(0);
        if (b !== 0) expect(cmp(mul(div(a, b)!, b), a)).toBe(0);
      }),
    );
  });
});

describe('rates and shares (the procurement and payment helpers)', () => {
  it('reads a rate from text or a JSON number exactly', () => {
    expect(exactFrom('0.1')).toEqual(parseExact('0.1'));
    expect(exactFrom(0.1)).toEqual(parseExact('0.1'));
    expect(exactFrom(1e-7)).toEqual(parseExact('0.0000001'));
    expect(exactFrom('ten')).toBeNull();
    expect(exactFrom(null)).toBeNull();
  });

  it('shows a share as a percentage', () => {
    expect(toPercentText(parseExact('0.1')!)).toBe('10%');
    expect(toPercentText(div(3, 40)!)).toBe('7.5%');
    expect(toPercentText(div(1, 3)!)).toBe('33.3333%');
    expect(toPercentText(1)).toBe('100%');
  });

  it('multiplies money by a rate to whole fen, half up unless told', () => {
    expect(fenTimes(fen(1_000), parseExact('0.0005')!)).toBe(1); // 0.5 fen rounds up
    expect(fenTimes(fen(1_000), parseExact('0.0005')!, 'FLOOR')).toBe(0);
    expect(fenTimes(fen(1_001), div(1, 3)!, 'CEIL')).toBe(334);
    expect(fenTimes(fen(172_500_000), sub(1, parseExact('0.1')!))).toBe(155_250_000);
  });
});
