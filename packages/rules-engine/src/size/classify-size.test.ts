import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { loadRuleBase } from '../load-rule-base';
import { classifySize, sizeStandardOn } from './classify-size';
import { sectorOfIndustry } from './industry-map';

const rb = loadRuleBase();
if (!rb.ok) throw new Error('load');
const std = sizeStandardOn(rb.value.sizeStandard, '2024-01-01' as PlainDate)!;
const map = rb.value.industryMap;
const wan = (n: number) => n * 1_000_000;
const size = (code: string, x?: number, y?: number, z?: number) => {
  const r = classifySize(std, map, { industryCode: code, employees: x, revenue: y === undefined ? undefined : wan(y), totalAssets: z === undefined ? undefined : wan(z) });
  return r.status === 'CLASSIFIED' ? r.size : r.status;
};

describe('size classification: known bugs in public implementations (facts §1.4) do not occur here', () => {
  it('仓储: the medium employee band starts at 100, not 200', () => {
    expect(size('G59', 150, 2000)).toBe('medium');
  });
  it('信息传输: the medium revenue band reaches up to 100000万 (large needs ≥100000万 and ≥2000 people)', () => {
    expect(size('I63', 500, 50000)).toBe('medium');
    expect(size('I63', 2500, 99999)).toBe('medium');
    expect(size('I63', 2000, 100000)).toBe('large');
  });
  it('物业: 100 employees is small, not micro (micro is X<100)', () => {
    expect(size('K7020', 100, 500)).toBe('small');
    expect(size('K7020', 99, 500)).toBe('micro');
  });
  it('工业 X=1200, Y=30000万 is medium, not large (large needs both)', () => {
    expect(size('C39', 1200, 30000)).toBe('medium');
  });
});

describe('industry code mapping (GB/T 4754-2017)', () => {
  const sector = (c: string) => {
    const r = sectorOfIndustry(map, c);
    return r.ok ? (r.value.kind === 'SECTOR' ? r.value.sector : 'NOT_CLASSIFIED') : 'ERROR';
  };
  it('maps divisions, classes and whole sections', () => {
    expect(sector('C39')).toBe('INDUSTRY');
    expect(sector('c3911')).toBe('INDUSTRY');
    expect(sector('B')).toBe('INDUSTRY');
    expect(sector('F52')).toBe('RETAIL');
    expect(sector('I65')).toBe('SOFTWARE_IT');
    expect(sector('I64')).toBe('INFORMATION_TRANSMISSION');
    expect(sector('K7010')).toBe('REAL_ESTATE_DEVELOPMENT');
    expect(sector('K7020')).toBe('PROPERTY_MANAGEMENT');
    expect(sector('L')).toBe('LEASING_BUSINESS_SERVICES');
    expect(sector('G58')).toBe('TRANSPORT');
  });
  it('answers "not classified" for finance, railways, own-property letting and public administration', () => {
    for (const c of ['J66', 'J', 'G53', 'K7040', 'S92']) expect(sector(c), c).toBe('NOT_CLASSIFIED');
  });
  it('refuses codes that are malformed, unknown or too coarse to decide', () => {
    for (const c of ['', 'Z99', 'C05', 'C3', 'K', 'K70', 'G', '99', 'X1']) expect(sector(c), c).toBe('ERROR');
  });
});
