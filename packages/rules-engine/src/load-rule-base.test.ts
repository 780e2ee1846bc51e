import { describe, expect, it } from 'vitest';
import { mapCitationIndex, type CitationIndex } from './citation-index';
import { defaultRulesDir, loadRuleBase } from './load-rule-base';

describe('loadRuleBase on the repository rules/', () => {
  it('loads every policy, parameter and variable without errors', () => {
    const r = loadRuleBase();
    if (!r.ok) throw new Error(r.error.map((e) => `${e.file}:${e.line} ${e.message.en}`).join('\n'));
    expect(r.value.policies.size).toBeGreaterThanOrEqual(15);
    expect(r.value.params.paths().length).toBeGreaterThanOrEqual(30);
    expect(r.value.sizeStandard[0]!.rows.size).toBe(16);
  });

  it('stops with file and line when a citation does not resolve (fake index)', () => {
    const everything: CitationIndex = { has: () => true, text: () => null, name: () => null };
    expect(loadRuleBase(defaultRulesDir(), { citations: everything }).ok).toBe(true);
    const missing = 'cn/measures/procurement-sme-promotion@2021-01-01#art_9__para_2';
    const index: CitationIndex = { has: (a) => a !== missing, text: () => null, name: () => null };
    const r = loadRuleBase(defaultRulesDir(), { citations: index });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const hits = r.error.filter((e) => e.code === 'UNRESOLVED_CITATION');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((e) => e.message.en.includes(missing))).toBe(true);
      const inPolicy = hits.find((e) => e.file === 'rules/policies/procurement-consortium-deduction/policy.yaml');
      expect(inPolicy).toBeDefined();
      expect(inPolicy!.line).toBeGreaterThan(1);
    }
  });

  it('an empty law library rejects every citation', () => {
    const r = loadRuleBase(defaultRulesDir(), { citations: mapCitationIndex({}) });
    expect(r.ok).toBe(false);
  });
});

describe('loadRuleBase on a small rules folder', () => {
  it('refuses a policy version that reads a parameter with no value on its first day', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'rules-'));
    const rules = join(root, 'rules');
    mkdirSync(join(rules, 'parameters', 'demo'), { recursive: true });
    mkdirSync(join(rules, 'policies', 'demo-policy'), { recursive: true });
    cpSync(join(defaultRulesDir(), 'size-standard'), join(rules, 'size-standard'), { recursive: true });
    writeFileSync(join(rules, 'jurisdictions.yaml'), 'cn: { name: { zh: 中国, en: China } }\n');
    writeFileSync(
      join(rules, 'parameters', 'demo', 'rate.yaml'),
      'description: 比例\ndescription_en: rate\nmetadata: { unit: ratio }\nvalues:\n  cn:\n    2022-01-01: { value: 0.1, reference: "cn/x/y#art_1", published: 2021-12-01 }\n',
    );
    writeFileSync(
      join(rules, 'policies', 'demo-policy', 'policy.yaml'),
      [
        'id: demo-policy',
        'title: { zh: 演示, en: demo }',
        'jurisdiction: cn',
        'department: { zh: 测试, en: test }',
        'channel: INFORMATION_ONLY',
        'rule_set: demo',
        'implements: [cn/x/y#art_1]',
        'versions:',
        '  - from: 2021-01-01',
        '    conditions:',
        "      - { id: a, label: { zh: 甲, en: a }, when: \"marketShare >= param('demo.rate')\", cite: 'cn/x/y#art_1' }",
        '',
      ].join('\n'),
    );
    const r = loadRuleBase(rules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(1);
      expect(r.error[0]).toMatchObject({ code: 'UNKNOWN_PARAMETER', file: 'rules/policies/demo-policy/policy.yaml', line: 11 });
    }
  });
});
