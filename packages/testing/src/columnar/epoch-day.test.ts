import { fromEpochDay, toEpochDay } from '@huiqi/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOfText } from './epoch-day';

describe('epochDayOfText', () => {
  it('property: equals kernel toEpochDay for every date from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay(fromEpochDay(-135_140)), max: 157_000 }), (n) => {
        const d = fromEpochDay(n);
        return epochDayOfText(d) === n && n === toEpochDay(d);
      }),
      { numRuns: 5_000 },
    );
    expect(epochDayOfText('1970-01-01')).toBe(0);
    expect(epochDayOfText('2000-02-29')).toBe(11_016);
  });

  it('rejects text that is not a date', () => {
    expect(() => epochDayOfText('2025-1-01')).toThrow(RangeError);
  });
});
