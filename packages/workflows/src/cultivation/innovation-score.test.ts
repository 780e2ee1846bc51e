import { describe, expect, it } from 'vitest';
import { innovationScore } from './innovation-score';

const wan = (n: number) => n * 10_000 * 100;

describe('the innovation score (创新积分, 000 第三十三条; model unverified)', () => {
  it('adds the bands reached, exactly at the thresholds', () => {
    const s = innovationScore({ revenue: wan(5000), rdExpense: wan(300), ipClass1Count: 5, rdStaff: 10, employees: 100, revenueYearBefore: wan(4000), tags: ['HIGH_TECH'] });
    // 6% → 20; 300万 → 8; 5 IP → 15; 10% staff → 10; 25% growth → 10; title → 10
    expect(s.indicators.map((i) => i.points)).toEqual([20, 8, 15, 10, 10, 10]);
    expect(s).toMatchObject({ score: 73, ceiling: 73, complete: true, unverified: true, cite: 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_33' });
  });

  it('names the missing facts and gives the ceiling instead of guessing', () => {
    const s = innovationScore({ revenue: wan(1000), rdExpense: wan(5), revenueYearBefore: wan(1100), tags: [] });
    expect(s.complete).toBe(false);
    expect(s.indicators.find((i) => i.id === 'talent')).toMatchObject({ points: null, missing: ['rdStaff', 'employees'] });
    expect(s.indicators.find((i) => i.id === 'growth')?.points).toBe(0);
    expect(s.ceiling - s.score).toBe(20 + 15);
  });
});
