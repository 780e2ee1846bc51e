import { describe, expect, it } from 'vitest';
import { aggregateScores } from './aggregation';
import { validityEnd } from './validity';
import { plainDate } from '@huiqi/kernel';

describe('aggregating expert totals', () => {
  it('means, medians and trims, and decides the pass mark exactly', () => {
    expect(aggregateScores([59, 61], 'MEAN', 60)).toMatchObject({ value: 60, passes: true });
    expect(aggregateScores([59, 60], 'MEAN', 60)).toMatchObject({ value: 59.5, passes: false });
    expect(aggregateScores([10, 70, 90], 'MEDIAN', 60)).toMatchObject({ value: 70, passes: true, counted: [70] });
    expect(aggregateScores([10, 65, 70, 100], 'TRIMMED_MEAN', 60)).toMatchObject({ value: 67.5, passes: true, counted: [65, 70] });
    expect(aggregateScores([61, 61, 60], 'MEAN', 60.67).passes).toBe(false); // 182 < 182.01
    expect(aggregateScores([], 'MEAN', 60).passes).toBe(false);
  });
});

describe('validity', () => {
  it('runs three full years, both ends included', () => {
    expect(validityEnd(plainDate('2026-12-15'), 3)).toBe('2029-12-14');
    expect(validityEnd(plainDate('2028-02-29'), 3)).toBe('2031-02-28');
    expect(validityEnd(plainDate('2026-01-01'), 3)).toBe('2028-12-31');
  });
});
