/**
 * Runs every YAML case under rules/ as its own vitest test, so `npm test` counts them.
 * The same cases run with `npx huiqi rules test`.
 */
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, formatLoadError, loadCases, loadLawCitations, loadRuleBase, runCase } from '@huiqi/rules-engine';

// Citations are checked against the law library (law/) whenever @huiqi/legal-text can load it.
const law = await loadLawCitations();
const loaded = loadRuleBase(defaultRulesDir(), { citations: law.index });
if (!loaded.ok) throw new Error(`rule base does not load:\n${loaded.error.map(formatLoadError).join('\n')}`);
const rb = loaded.value;
const { cases, errors } = loadCases(defaultRulesDir(), rb.repoRoot, (id) => rb.policies.get(id)?.ruleSet ?? 'unknown');

describe('rule case files', () => {
  it('every citation resolves in law/', () => {
    expect(law.note).toBeNull();
  });

  it('all parse without errors', () => {
    expect(errors.map(formatLoadError)).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });
});

const groups = new Map<string, typeof cases>();
for (const c of cases) groups.set(c.file, [...(groups.get(c.file) ?? []), c]);

for (const [file, list] of groups) {
  describe(file, () => {
    for (const c of list) {
      it(`${c.name} (line ${c.line})`, () => {
        const r = runCase(rb, c);
        expect(r.failures).toEqual([]);
      });
    }
  });
}
