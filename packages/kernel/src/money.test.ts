import { describe, expect, it } from 'vitest';
import { fen, fenToYuanText, formatMoney, yuanToFen } from './money';

describe('Money in integer fen', () => {
  it('parses yuan text exactly', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(yuanToFen(200000)).toBe(20_000_000);
    expect(yuanToFen('-3.05')).toBe(-305);
  });
  it('refuses sub-fen precision and non-integers', () => {
    expect(() => yuanToFen('1.234')).toThrow(/two decimals/);
    expect(() => fen(1.5)).toThrow(/safe integer/);
  });
  it('writes plain yuan text for files and inputs', () => {
    expect(fenToYuanText(fen(123456))).toBe('1234.56');
  });
  it('writes amounts in sentences in 元 and 万元 with separators, never ¥ or empty decimals', () => {
    expect(formatMoney(665_000_000, 'zh')).toBe('665 万元');
    expect(formatMoney(1_200_000_000, 'zh')).toBe('1,200 万元');
    expect(formatMoney(12_500_000, 'zh')).toBe('12.5 万元');
    expect(formatMoney(12_340_000, 'zh')).toBe('12.34 万元');
    expect(formatMoney(665_000_100, 'zh')).toBe('6,650,001 元');
    expect(formatMoney(123_456, 'zh')).toBe('1,234.56 元');
    expect(formatMoney(500_000, 'zh')).toBe('5,000 元');
    expect(formatMoney(0, 'zh')).toBe('0 元');
    expect(formatMoney(-1_000_000, 'zh')).toBe('-1 万元');
    expect(formatMoney(665_000_000, 'en')).toBe('6,650,000 yuan');
    expect(formatMoney(5, 'en')).toBe('0.05 yuan');
    expect(() => formatMoney(1.5, 'zh')).toThrow(/safe integer/);
  });
});
