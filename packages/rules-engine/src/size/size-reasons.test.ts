import { describe, expect, it } from 'vitest';
import { SIZE_SECTOR_NAMES, type PlainDate } from '@huiqi/kernel';
import { loadRuleBase } from '../load-rule-base';
import { classifySize, sizeStandardOn } from './classify-size';
import { sizeReasonText, type SizeReason } from './size-reasons';

const rb = loadRuleBase();
if (!rb.ok) throw new Error('load');
const std = sizeStandardOn(rb.value.sizeStandard, '2024-01-01' as PlainDate)!;
const wan = (n: number) => n * 1_000_000;

describe('size classification reasons as codes', () => {
  it('returns the codes with their figures, and the same reasons in words', () => {
    const r = classifySize(std, rb.value.industryMap, { industryCode: 'C39', employees: 1200, revenue: wan(30000) });
    expect(r.status).toBe('CLASSIFIED');
    if (r.status !== 'CLASSIFIED') return;
    expect(r.size).toBe('medium');
    expect(r.why.map((w) => w.code)).toEqual(['SIZE_BOUNDS_MET']);
    expect(r.why[0]).toMatchObject({ sector: 'INDUSTRY', size: 'medium', checks: [{ indicator: 'employees', value: 1200 }, { indicator: 'revenue', value: wan(30000) }] });
    expect(r.reasons).toEqual(r.why.map((w) => sizeReasonText(w, (s) => std.rows.get(s)!.label)));
    expect(r.reasons[0]!.zh).toBe('工业：从业人员 1200人 ≥ 300人且营业收入 30,000 万元 ≥ 2,000 万元，同时满足中型下限');
  });

  it('steps down a class with a code per step, then says micro', () => {
    const r = classifySize(std, rb.value.industryMap, { industryCode: 'K7020', employees: 99, revenue: wan(500) });
    expect(r.status === 'CLASSIFIED' && r.why.map((w) => w.code)).toEqual(['SIZE_BOUNDS_NOT_MET', 'SIZE_BOUNDS_NOT_MET', 'SIZE_BELOW_SMALL']);
  });

  it('names the missing indicators when they decide the class', () => {
    const r = classifySize(std, rb.value.industryMap, { industryCode: 'C39', employees: 1200 });
    expect(r.status).toBe('UNKNOWN');
    if (r.status !== 'UNKNOWN') return;
    expect(r.why).toEqual({ code: 'SIZE_INDICATORS_MISSING', sector: 'INDUSTRY', size: 'large', missing: ['revenue'] });
    expect(r.reason.zh).toBe('工业：缺少营业收入，无法判断是否达到大型标准');
  });

  it('words every code in both languages', () => {
    const checks = [{ indicator: 'employees' as const, value: null, bound: 300 }];
    const all: SizeReason[] = [
      { code: 'SIZE_SECTOR_MISSING' },
      { code: 'SIZE_INDICATOR_NEGATIVE', indicator: 'revenue' },
      { code: 'SIZE_AT_CEILING', sector: 'RETAIL', checks },
      { code: 'SIZE_BOUNDS_MET', sector: 'RETAIL', size: 'small', checks },
      { code: 'SIZE_BOUNDS_NOT_MET', sector: 'RETAIL', size: 'small', checks },
      { code: 'SIZE_INDICATORS_MISSING', sector: 'RETAIL', size: 'small', missing: ['employees'] },
      { code: 'SIZE_BELOW_SMALL' },
      { code: 'SIZE_BY_REFERENCE' },
    ];
    for (const w of all) {
      const t = sizeReasonText(w, (s) => SIZE_SECTOR_NAMES[s]);
      expect(t.zh.length, w.code).toBeGreaterThan(0);
      expect(t.en.length, w.code).toBeGreaterThan(0);
      expect(/[A-Z_]{4,}/.test(t.zh), `${w.code}: ${t.zh}`).toBe(false);
    }
  });
});
