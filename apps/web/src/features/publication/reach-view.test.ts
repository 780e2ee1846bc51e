import { describe, expect, it } from 'vitest';
import type { ReachView } from './publication-api';
import { comparisonRows, districtChanges, groupRows, reachChartOption, signed } from './reach-view';

const g = (key: string, nameZh: string, eligible: number, unknown = 0, ineligible = 0, outside = 0) => ({ key, nameZh, eligible, unknown, ineligible, outside });
const base: ReachView = {
  total: 20, eligible: 5, unknown: 3, ineligible: 12, outside: 0,
  byDistrict: [g('cn-gd-sz-futian', '福田区', 2, 1, 7), g('cn-gd-sz-nanshan', '南山区', 3, 2, 5)],
  bySection: [g('C', 'C 门类', 4, 1, 5), g('Z', 'Z 门类', 1, 2, 7)],
  bySize: [g('SMALL', '小型', 2, 1, 2), g('MICRO', '微型', 3, 2, 10)],
  cost: { eligibleFen: 50_000_000, unknownAmount: 1 },
};
const variant: ReachView = { ...base, eligible: 8, ineligible: 9, byDistrict: [g('cn-gd-sz-futian', '福田区', 2, 1, 7), g('cn-gd-sz-nanshan', '南山区', 6, 2, 2)], cost: { eligibleFen: 80_000_000, unknownAmount: 1 } };

describe('reach preview views', () => {
  it('names districts and sections from the reference lists in either language, size classes smallest first', () => {
    expect(groupRows(base, 'district', 'zh', (k) => k).map((r) => r.label)).toEqual(['福田区', '南山区']);
    expect(groupRows(base, 'district', 'en', (k) => k).map((r) => r.label)).toEqual(['Futian', 'Nanshan']);
    expect(groupRows(base, 'section', 'en', (k) => k).map((r) => r.label)).toEqual(['Manufacturing', 'Z']);
    expect(groupRows(base, 'section', 'zh', (k) => k).map((r) => r.label)).toEqual(['制造业', 'Z 门类']);
    expect(groupRows(base, 'size', 'en', (k) => k.toLowerCase()).map((r) => [r.label, r.total])).toEqual([['micro', 15], ['small', 5]]);
    expect(groupRows({ ...base, bySize: [] }, 'size', 'zh', (k) => k)).toEqual([]);
  });

  it('stacks the four outcomes per group in the chart', () => {
    const option = reachChartOption(groupRows(base, 'district', 'zh', (k) => k), { eligible: 'E', unknown: 'U', ineligible: 'I', outside: 'O' }) as { series: { name: string; stack: string; data: number[] }[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['福田区', '南山区']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([['E', [2, 3]], ['U', [1, 2]], ['I', [7, 5]], ['O', [0, 0]]]);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
  });

  it('compares base and variant counts and cost', () => {
    expect(comparisonRows(base, variant)).toEqual([
      { metric: 'eligible', base: 5, variant: 8, delta: 3 },
      { metric: 'unknown', base: 3, variant: 3, delta: 0 },
      { metric: 'ineligible', base: 12, variant: 9, delta: -3 },
      { metric: 'outside', base: 0, variant: 0, delta: 0 },
      { metric: 'cost', base: 50_000_000, variant: 80_000_000, delta: 30_000_000 },
    ]);
    expect(comparisonRows({ ...base, cost: null }, { ...variant, cost: null }).map((r) => r.metric)).not.toContain('cost');
  });

  it('lists the districts that change first', () => {
    expect(districtChanges(base, variant, 'zh')).toEqual([
      { key: 'cn-gd-sz-nanshan', label: '南山区', base: 3, variant: 6, delta: 3 },
      { key: 'cn-gd-sz-futian', label: '福田区', base: 2, variant: 2, delta: 0 },
    ]);
  });

  it('writes changes with their sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '-2', '0']);
    expect(signed(-1500, (n) => n.toLocaleString('en'))).toBe('-1,500');
  });
});
