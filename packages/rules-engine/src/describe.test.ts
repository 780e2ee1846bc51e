import { describe, expect, it } from 'vitest';
import { describeFactSchema, describePolicy, listParameters, parameterHistory } from './describe';
import { loadRuleBase } from './load-rule-base';

const rb = loadRuleBase();
if (!rb.ok) throw new Error('load');

describe('describe* for the API', () => {
  it('a parameter history lists each jurisdiction and dated value with its source, in the file unit', () => {
    const h = parameterHistory(rb.value, 'procurement.reserved_share.works_min_ratio')!;
    const cn = h.byJurisdiction.find((j) => j.jurisdiction === 'cn')!;
    expect(cn.values.map((v) => [v.from, v.until, v.value, v.unverified])).toEqual([
      ['2021-01-01', '2022-07-01', '0.3', false],
      ['2022-07-01', '2023-01-01', '0.4', true],
      // the temporary 40% (阶段性) ends: back to 46号 Art. 8 para 2 (end inferred, unverified)
      ['2023-01-01', null, '0.3', true],
    ]);
    const sz = h.byJurisdiction.find((j) => j.jurisdiction === 'cn-gd-sz')!;
    expect(sz.values[1]).toMatchObject({ from: '2024-01-01', value: null });
    expect(parameterHistory(rb.value, 'relief.sz_first_loan.max_subsidy')!.byJurisdiction[0]!.values[0]!.value).toBe('20');
    expect(parameterHistory(rb.value, 'no.such')).toBeNull();
    expect(listParameters(rb.value).length).toBe(rb.value.params.paths().length);
  });

  it('a policy definition carries each clause formula and citation', () => {
    const d = describePolicy(rb.value, 'sz-2023-first-loan-interest-subsidy')!;
    expect(d.versions[0]!.conditions.map((c) => c.id)).toEqual(['is_sme', 'first_loan', 'shenzhen_bank', 'loan_window']);
    expect(d.versions[0]!.amount!.formula).toContain("param('relief.sz_first_loan.max_subsidy')");
    expect(d.versions[0]!.amount!.cite.address).toBe('cn-gd-sz/measures/sme-relief-2023#measure_5__para_1');
  });

  it('the fact schema is documented in Chinese and English for every field', () => {
    const s = describeFactSchema();
    expect(s.length).toBeGreaterThan(50);
    for (const f of s) {
      expect(f.label.zh.length, f.name).toBeGreaterThan(0);
      expect(f.label.en.length, f.name).toBeGreaterThan(0);
    }
  });
});
