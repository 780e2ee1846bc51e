import { describe, expect, it } from 'vitest';
import { ENTERPRISE_COLUMNS } from './intake-columns';
import { resolveHeader } from './resolve-header';

describe('resolveHeader', () => {
  it('accepts English and Chinese headers, with a BOM, spaces, case and full-width unit suffixes', () => {
    const r = resolveHeader(['\uFEFF统一社会信用代码', 'Name', ' registered_address ', '所在区', '行业代码', '成立日期', '纳税人类型', '年度', '从业人员', '营业收入(元)', '资产总额（元）'], ENTERPRISE_COLUMNS);
    expect(r.ok).toBe(true);
    if (r.ok) expect([...r.value.index.entries()].slice(-2)).toEqual([['revenue_yuan', 9], ['total_assets_yuan', 10]]);
  });
  it('names every missing required column, unknown and repeated columns', () => {
    const r = resolveHeader(['uscc', '企业名称', 'name', 'colour'], ENTERPRISE_COLUMNS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.column)).toEqual(['name', 'colour', 'registered_address', 'district', 'industry_code', 'registration_date', 'taxpayer_type']);
      expect(r.errors[0]!.message.zh).toBe('列「name」与「企业名称」重复');
    }
  });
});
