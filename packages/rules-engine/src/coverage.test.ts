import { describe, expect, it } from 'vitest';
import { loadCases } from './cases/load-cases';
import { lawCoverage } from './coverage';
import { defaultRulesDir, loadRuleBase } from './load-rule-base';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;
const { cases } = loadCases(defaultRulesDir(), rb.repoRoot, (id) => rb.policies.get(id)?.ruleSet ?? 'unknown');
const latest: Record<string, string> = { 'cn-gd-sz/measures/sme-relief-2023': '2023' };
const cov = lawCoverage(rb, cases, (w) => latest[w] ?? null);
const kinds = (key: string) => new Set(cov.get(key)?.implementations.map((i) => i.kind));

describe('lawCoverage', () => {
  it('lists the code, parameters and cases behind an article, at article level', () => {
    expect(kinds('cn/regulation/sme-payment-protection@2025-06-01#art_10')).toEqual(new Set(['CODE', 'CASE']));
    expect(kinds('cn/regulation/sme-payment-protection@2025-06-01#art_9')).toEqual(new Set(['CODE', 'CASE', 'PARAMETER']));
    const a40 = cov.get('cn/law/sme-promotion@2018-01-01#art_40')!.implementations;
    expect(a40.filter((i) => i.kind === 'PARAMETER').map((i) => i.name).sort()).toEqual(['procurement.reserved_share.department_min_ratio', 'procurement.reserved_share.department_small_micro_min_ratio']);
    expect(a40.every((i) => i.address.startsWith('cn/law/sme-promotion@2018-01-01#art_40__para_2'))).toBe(true);
  });

  it('fills in the version of an address written without one, and lists policy clauses with their labels', () => {
    const m6 = cov.get('cn-gd-sz/measures/sme-relief-2023@2023#measure_6')!.implementations;
    expect(m6.some((i) => i.kind === 'RULE' && i.name.startsWith('sz-2023-guarantee-fee-reduction'))).toBe(true);
    expect(m6.find((i) => i.kind === 'RULE')!.label.zh).toContain('担保费');
  });

  it('does not list an article nothing implements', () => {
    expect(cov.has('cn/law/sme-promotion@2018-01-01#art_1')).toBe(false);
  });
});
