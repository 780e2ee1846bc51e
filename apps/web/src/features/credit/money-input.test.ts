import { describe, expect, it } from 'vitest';
import { wanYuanTextToFen } from './money-input';

describe('wanYuanTextToFen', () => {
  it('reads 万元 exactly into fen and refuses what is not a positive amount', () => {
    expect(wanYuanTextToFen('300')).toBe(300_000_000);
    expect(wanYuanTextToFen('12.34')).toBe(12_340_000);
    expect(wanYuanTextToFen('0')).toBeNull();
    expect(wanYuanTextToFen('-1')).toBeNull();
    expect(wanYuanTextToFen('1.234')).toBeNull();
    expect(wanYuanTextToFen('abc')).toBeNull();
  });
});
