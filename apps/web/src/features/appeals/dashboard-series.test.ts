import { describe, expect, it } from 'vitest';
import type { DashboardRow } from './appeals-api';
import { combineRates, ratesByDepartment } from './dashboard-series';

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });
const row = (department: string, month: string, r: [number, number]): DashboardRow => ({
  department, month, received: r[1], rejected: 0, withdrawn: 0, handled: r[1], due: r[1], undetermined: 0,
  responseRate: rate(...r), onTimeClosingRate: rate(0, 0), resolutionRate: rate(...r), satisfactionRate: rate(...r), ratings: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
});

describe('dashboard series', () => {
  it('sums counts across months instead of averaging percentages', () => {
    expect(combineRates([rate(1, 1), rate(0, 3)])).toEqual({ numerator: 1, denominator: 4, rate: 0.25 });
    const out = ratesByDepartment([row('dept-miit', '2026-10', [1, 1]), row('dept-miit', '2026-11', [0, 3]), row('dept-commerce', '2026-11', [2, 2])]);
    expect(out.map((d) => d.department)).toEqual(['dept-commerce', 'dept-miit']);
    expect(out[1]).toEqual({ department: 'dept-miit', received: 4, percent: { responseRate: 25, onTimeClosingRate: null, resolutionRate: 25, satisfactionRate: 25 } });
  });
});
