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
    const everything: CitationIndex = { has: () => true, text: () => null };
    expect(loadRuleBase(defaultRulesDir(), { citations: everything }).ok).toBe(true);
    const missing = 'cn/measures/procurement-sme-promotion@2021-01-01#art_9__para_2';
    const index: CitationIndex = { has: (a) => a !== missing, text: () => null };
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
