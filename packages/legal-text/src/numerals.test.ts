import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatChineseNumeral, parseChineseNumeral } from './numerals';

describe('Chinese numerals in legal numbering', () => {
  it('reads the forms used in article numbers', () => {
    expect(parseChineseNumeral('一')).toBe(1);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('八十一')).toBe(81);
    expect(parseChineseNumeral('一百零二')).toBe(102);
    expect(parseChineseNumeral('一百一十')).toBe(110);
    expect(parseChineseNumeral('两千〇五')).toBe(2005);
    expect(parseChineseNumeral('12')).toBe(12);
    expect(parseChineseNumeral('１２')).toBe(12);
    expect(parseChineseNumeral('条')).toBeNull();
  });

  it('writes numbers the way article numbers are written', () => {
    expect(formatChineseNumeral(1)).toBe('一');
    expect(formatChineseNumeral(10)).toBe('十');
    expect(formatChineseNumeral(13)).toBe('十三');
    expect(formatChineseNumeral(21)).toBe('二十一');
    expect(formatChineseNumeral(100)).toBe('一百');
    expect(formatChineseNumeral(102)).toBe('一百零二');
    expect(formatChineseNumeral(110)).toBe('一百一十');
    expect(() => formatChineseNumeral(-1)).toThrow(RangeError);
  });

  it('format then parse gives the number back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => parseChineseNumeral(formatChineseNumeral(n)) === n));
  });
});
