import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatterFor } from '../i18n/format-messages';
import { fenToYuanInput, formatCount, formatFenAsWanYuan, formatFenAsYuan, parseYuanToFen, splitMoney } from './money';

describe('money display', () => {
  it('shows exact yuan with thousands separators', () => {
    expect(formatFenAsYuan(0)).toBe('0.00');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(formatFenAsYuan(123456789)).toBe('1,234,567.89');
    expect(formatFenAsYuan(-100000)).toBe('-1,000.00');
  });

  it('shows 万元 rounded half away from zero to two decimals', () => {
    expect(formatFenAsWanYuan(123456789)).toBe('123.46');
    expect(formatFenAsWanYuan(1_000_000)).toBe('1.00');
    expect(formatFenAsWanYuan(4_999)).toBe('0.00');
    expect(formatFenAsWanYuan(5_000)).toBe('0.01');
    expect(formatFenAsWanYuan(123_456_789_000_00)).toBe('12,345,678.90');
    expect(formatFenAsWanYuan(-5_000)).toBe('-0.01');
    expect(formatFenAsWanYuan(-4_999)).toBe('0.00');
  });

  it('splits amounts for sentences as the kernel does: 万元 when exact to two decimals, else 元, no empty decimals', () => {
    const wan = (n: number) => splitMoney(n, true);
    expect(wan(300_000_000)).toEqual({ digits: '300', unit: 'WAN_YUAN' });
    expect(wan(1_200_000_000)).toEqual({ digits: '1,200', unit: 'WAN_YUAN' });
    expect(wan(12_500_000)).toEqual({ digits: '12.5', unit: 'WAN_YUAN' });
    expect(wan(665_000_100)).toEqual({ digits: '6,650,001', unit: 'YUAN' });
    expect(wan(123_456)).toEqual({ digits: '1,234.56', unit: 'YUAN' });
    expect(wan(0)).toEqual({ digits: '0', unit: 'YUAN' });
    expect(wan(-1_000_000)).toEqual({ digits: '-1', unit: 'WAN_YUAN' });
    expect(splitMoney(300_000_000, false)).toEqual({ digits: '3,000,000', unit: 'YUAN' });
    expect(splitMoney(5, false)).toEqual({ digits: '0.05', unit: 'YUAN' });
    expect(() => splitMoney(1.5, true)).toThrow(RangeError);
  });

  it('useFormat().money writes the unit in the language: 万元 and 元 in Chinese, yuan in English', () => {
    expect(formatterFor('zh').money(300_000_000)).toBe('300 万元');
    expect(formatterFor('zh').money(0)).toBe('0 元');
    expect(formatterFor('en').money(300_000_000)).toBe('3,000,000 yuan');
  });

  it('groups head counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('refuses amounts that are not integer fen', () => {
    expect(() => formatFenAsYuan(1.5)).toThrow(RangeError);
    expect(() => formatFenAsWanYuan(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe('money entry', () => {
  it('parses yuan exactly into fen', () => {
    expect(parseYuanToFen('1234.56')).toEqual({ ok: true, fen: 123456 });
    expect(parseYuanToFen(' 1,234.5 ')).toEqual({ ok: true, fen: 123450 });
    expect(parseYuanToFen('0.1')).toEqual({ ok: true, fen: 10 });
    expect(parseYuanToFen('007')).toEqual({ ok: true, fen: 700 });
    expect(parseYuanToFen('12.')).toEqual({ ok: true, fen: 1200 });
  });

  it('refuses what is not a non-negative amount with at most two decimals', () => {
    expect(parseYuanToFen('')).toEqual({ ok: false, reason: 'EMPTY' });
    expect(parseYuanToFen('-1')).toEqual({ ok: false, reason: 'NEGATIVE' });
    expect(parseYuanToFen('1.234')).toEqual({ ok: false, reason: 'NOT_AN_AMOUNT' });
    expect(parseYuanToFen('1e5')).toEqual({ ok: false, reason: 'NOT_AN_AMOUNT' });
    expect(parseYuanToFen('十万')).toEqual({ ok: false, reason: 'NOT_AN_AMOUNT' });
    expect(parseYuanToFen('99999999999999')).toEqual({ ok: false, reason: 'TOO_LARGE' });
  });

  it('round-trips every fen amount through the input text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000_00 }), (amount) => {
        expect(parseYuanToFen(fenToYuanInput(amount))).toEqual({ ok: true, fen: amount });
        expect(parseYuanToFen(formatFenAsYuan(amount))).toEqual({ ok: true, fen: amount });
      }),
    );
  });
});
