import { describe, expect, it } from 'vitest';
import { lawDiff, lawLibrary } from './law-library';

describe('law library cache', () => {
  it('parses law/ once per process, cleanly', () => {
    expect(lawLibrary()).toBe(lawLibrary());
    expect(lawLibrary().issues).toEqual([]);
    expect(lawLibrary().works().length).toBeGreaterThanOrEqual(5);
  });

  it('computes each 修改对照 once and gives null for unknown versions', () => {
    const first = lawDiff('cn/regulation/sme-payment-protection', '2020-09-01', '2025-06-01');
    expect(first).not.toBeNull();
    expect(lawDiff('cn/regulation/sme-payment-protection', '2020-09-01', '2025-06-01')).toBe(first);
    expect(first!.pairs.length).toBe(Object.values(first!.summary).reduce((a, b) => a + b, 0));
    expect(lawDiff('cn/regulation/sme-payment-protection', '2019', '2025-06-01')).toBeNull();
  });
});
