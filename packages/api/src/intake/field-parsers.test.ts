import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { parseCountCell, parseDateCell, parseIndustryCell, parseTaxpayerCell, parseYearCell, parseYuanCell } from './field-parsers';
import { TEST_INDUSTRY_SECTIONS } from './intake-test-support';

const today = plainDate('2026-06-01');

describe('intake cell parsers', () => {
  it('dates: ISO or slashes, impossible and future days refused by name', () => {
    expect(parseDateCell('2023/2/3', today)).toEqual({ ok: true, value: '2023-02-03' });
    expect(parseDateCell('2023-02-30', today)).toEqual({ ok: false, error: { zh: '日期「2023-02-30」不存在', en: "date '2023-02-30' does not exist" } });
    expect(parseDateCell('2027-01-01', today).ok).toBe(false);
    expect(parseDateCell('03/01/2023', today).ok).toBe(false);
  });
  it('amounts in yuan become integer fen; negative and non-numeric refused', () => {
    expect(parseYuanCell('1,234.5')).toEqual({ ok: true, value: 123450 });
    expect(parseYuanCell('0')).toEqual({ ok: true, value: 0 });
    expect(parseYuanCell('-1').ok).toBe(false);
    expect(parseYuanCell('1.234').ok).toBe(false);
    expect(parseYuanCell('12万').ok).toBe(false);
    expect(parseYuanCell('1e9').ok).toBe(false);
  });
  it('head counts are whole numbers, zero or more', () => {
    expect(parseCountCell('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseCountCell('-3')).toMatchObject({ ok: false, error: { en: 'a head count cannot be negative: -3' } });
    expect(parseCountCell('3.5').ok).toBe(false);
  });
  it('industry codes: the division must lie in its section', () => {
    expect(parseIndustryCell('c3911', TEST_INDUSTRY_SECTIONS)).toEqual({ ok: true, value: 'C3911' });
    expect(parseIndustryCell('C99', TEST_INDUSTRY_SECTIONS).ok).toBe(false);
    expect(parseIndustryCell('Z01', TEST_INDUSTRY_SECTIONS).ok).toBe(false);
    expect(parseIndustryCell('K70', TEST_INDUSTRY_SECTIONS).ok).toBe(true);
  });
  it('years and taxpayer types', () => {
    expect(parseYearCell('2027', 2026).ok).toBe(false);
    expect(parseYearCell('24', 2026).ok).toBe(false);
    expect(parseTaxpayerCell('小规模纳税人')).toEqual({ ok: true, value: 'SMALL_SCALE' });
    expect(parseTaxpayerCell('general')).toEqual({ ok: true, value: 'GENERAL' });
    expect(parseTaxpayerCell('个体').ok).toBe(false);
  });
});
