import { beforeAll, describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import type { RuleBase } from '@huiqi/rules-engine';
import { CALCULATOR_INDUSTRIES, CalculatorInput, calculatePolicies } from './policy-calculator';
import { getRules } from './rule-base';

const SHENZHEN = { id: 'cn-gd-sz', parentId: null, name: { zh: '深圳市', en: 'Shenzhen' } };
const DATE = plainDate('2026-06-01');
const company = (over: Record<string, unknown> = {}) => CalculatorInput.parse({ industryCode: 'C', employees: 80, revenueYuan: '42000000', totalAssetsYuan: 30000000, ...over });

describe('policy calculator (a hypothetical company through the evaluation of 我的政策)', () => {
  let rb: RuleBase;
  beforeAll(async () => {
    rb = (await getRules()).rb;
  });

  it('classes every industry of the form into its sector of the size standard', () => {
    for (const i of CALCULATOR_INDUSTRIES) {
      const a = calculatePolicies(rb, company({ industryCode: i.code }), SHENZHEN, [], DATE);
      expect(a.sizeClass.sector, i.code).toBe(i.sector);
    }
  });

  it('answers only policies in force, each eligible, ineligible or unknown with reasons in words and a named article', () => {
    const a = calculatePolicies(rb, company({ qualifications: ['TECH_SME', 'SPECIALIZED'] }), SHENZHEN, [], DATE);
    expect(a.sizeClass).toMatchObject({ status: 'CLASSIFIED', size: 'small' });
    const statuses = new Set(a.policies.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN']);
    expect(a.summary.eligible + a.summary.ineligible + a.summary.unknown).toBe(a.policies.length);
    for (const p of a.policies) {
      expect(p.citations.length, p.policyId).toBeGreaterThan(0);
      expect(p.citations[0]!.name, p.policyId).toMatch(/^《.+》./);
      if (p.status === 'INELIGIBLE') expect(p.reasons.length, p.policyId).toBeGreaterThan(0);
      if (p.status === 'UNKNOWN') for (const m of p.missing) expect(m.label.zh).not.toBe(m.name);
      // Words, not codes or expressions; money in 元/万元.
      for (const r of p.reasons) expect(r.zh, p.policyId).not.toMatch(/¥|param\(|[A-Z]{3,}_[A-Z]+|\bin tags\b/);
    }
  });

  it('a qualification changes the answer: the same company without 科技型中小企业 loses what requires it', () => {
    const withTag = calculatePolicies(rb, company({ qualifications: ['TECH_SME'] }), SHENZHEN, [], DATE);
    const without = calculatePolicies(rb, company(), SHENZHEN, [], DATE);
    const eligible = (a: typeof withTag) => new Set(a.policies.filter((p) => p.status === 'ELIGIBLE').map((p) => p.policyId));
    const gained = [...eligible(withTag)].filter((id) => !eligible(without).has(id));
    expect(gained.length).toBeGreaterThan(0);
  });

  it('refuses input that is not a company in figures, with messages in Chinese and English', () => {
    const bad = CalculatorInput.safeParse({ industryCode: 'manufacturing', employees: -1, revenueYuan: '1.234', totalAssetsYuan: 'x', qualifications: ['TECH_SME', 'TECH_SME'], extra: 1 });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    for (const field of ['industryCode', 'employees', 'revenueYuan', 'totalAssetsYuan', 'qualifications']) expect(paths).toContain(field);
  });
});
