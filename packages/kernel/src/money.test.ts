import { describe, expect, it } from 'vitest';
import { fen, fenToYuanText, formatYuan, yuanToFen } from './money';

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
  it('formats for people', () => {
    expect(fenToYuanText(fen(123456))).toBe('1234.56');
    expect(formatYuan(fen(123456789))).toBe('¥1,234,567.89');
    expect(formatYuan(fen(5), 'suffix')).toBe('0.05元');
  });
});
