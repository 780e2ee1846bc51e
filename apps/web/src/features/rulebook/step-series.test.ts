import { describe, expect, it } from 'vitest';
import { stepSeries } from './step-series';
import type { ParameterDetail, ParameterValue } from './rulebook-api';

const value = (from: string, v: string | null, extra: Partial<ParameterValue> = {}): ParameterValue => ({
  from, until: null, value: v, reference: { address: `cn/x@${from}#art_1`, text: null, name: null }, published: from, unverified: false, draft: false, note: null, ...extra,
});

describe('stepSeries', () => {
  it('gives each jurisdiction its applied values, carries the last to today, and leaves drafts out', () => {
    const detail: ParameterDetail = {
      path: 'p', description: 'd', descriptionEn: 'd', unit: 'ratio', file: 'f',
      byJurisdiction: [
        { jurisdiction: 'cn', jurisdictionName: { zh: '中国', en: 'China' }, values: [value('2021-01-01', '0.06'), value('2022-07-01', '0.1')] },
        { jurisdiction: 'cn-gd-sz', jurisdictionName: { zh: '深圳', en: 'Shenzhen' }, values: [value('2025-01-23', '0.2', { draft: true })] },
        { jurisdiction: 'cn-sh', jurisdictionName: { zh: '上海', en: 'Shanghai' }, values: [value('2023-01-01', '0.12'), value('2024-01-01', null)] },
      ],
    };
    const s = stepSeries(detail, '2026-11-22', (j) => j.jurisdictionName.zh);
    expect(s.map((x) => x.name)).toEqual(['中国', '上海']);
    expect(s[0]!.points).toEqual([['2021-01-01', 0.06], ['2022-07-01', 0.1], ['2026-11-22', 0.1]]);
    expect(s[1]!.points).toEqual([['2023-01-01', 0.12], ['2024-01-01', null], ['2026-11-22', null]]);
  });
});
