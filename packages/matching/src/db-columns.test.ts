import fc from 'fast-check';
import type { PlainDate } from '@huiqi/kernel';
import { loadRuleBase, QUALIFICATION_TAGS, type Facts, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { generatePopulation, type SyntheticEnterprise } from '@huiqi/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegistryColumnsBuilder, registryFactsAt, type RegistryFigureInput, type RegistryRowInput } from './db-columns';
import { policyOutcomesOfRegistry } from './db-policy-outcomes';
import { definePolicy } from './define-policy';
import { jurisdictionOfDistrict } from './district-jurisdictions';
import { figureYearOn } from './figure-year';
import { matchEnterprise } from './incremental';
import { OUTCOME_UNKNOWN } from './outcome-code';
import { syntheticPolicies } from './synthetic-policies';

let rb: RuleBase;
beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0, 3)));
  rb = r.value;
});

/** What the registry may hold that the synthetic generator never writes: unreported figures, missing years, tags the rules do not know. */
interface Oddity {
  dropYear: number[];
  nullRd: boolean[];
  nullMain: boolean[];
  extraTag: boolean;
}

function registryRow(e: SyntheticEnterprise, figureYear: number, odd: Oddity): RegistryRowInput {
  const figures = [0, 1, 2].map((k): RegistryFigureInput | null => {
    const f = e.figures.find((g) => g.year === figureYear - k);
    if (!f || odd.dropYear.includes(k)) return null;
    return {
      employees: f.employees,
      revenueFen: f.revenueFen,
      totalAssetsFen: f.totalAssetsFen,
      rdExpenseFen: odd.nullRd[k] ? null : f.rdExpenseFen,
      mainBusinessRevenueFen: odd.nullMain[k] ? null : f.mainBusinessRevenueFen,
    };
  });
  return {
    district: e.district,
    districtNameZh: e.districtName,
    industryCode: e.industryCode,
    registrationDate: e.registrationDate,
    taxpayerType: e.taxpayerType,
    isIndividualBusiness: e.isIndividualBusiness,
    tags: odd.extraTag ? [...e.tags, 'NOT_A_RULES_TAG'] : [...e.tags],
    figures,
  };
}

/** The registry's fact mapping written out independently (as the API's enterprise-facts does it): an unreported figure is left out. */
function referenceFacts(r: RegistryRowInput): Facts {
  const facts: Record<string, Facts[string]> = {
    industryCode: r.industryCode,
    isIndividualBusiness: r.isIndividualBusiness,
    registrationDate: r.registrationDate as PlainDate,
    taxpayerType: r.taxpayerType,
    tags: QUALIFICATION_TAGS.filter((t) => r.tags.includes(t)),
  };
  const put = (fact: string, k: number, field: keyof RegistryFigureInput) => {
    const v = r.figures[k]?.[field];
    if (v !== null && v !== undefined) facts[fact] = v;
  };
  put('employees', 0, 'employees');
  put('revenue', 0, 'revenueFen');
  put('totalAssets', 0, 'totalAssetsFen');
  put('rdExpense', 0, 'rdExpenseFen');
  put('mainBusinessRevenue', 0, 'mainBusinessRevenueFen');
  put('revenueYearBefore', 1, 'revenueFen');
  put('mainBusinessRevenueYearBefore', 1, 'mainBusinessRevenueFen');
  put('rdExpenseYearBefore', 1, 'rdExpenseFen');
  put('revenueTwoYearsBefore', 2, 'revenueFen');
  put('mainBusinessRevenueTwoYearsBefore', 2, 'mainBusinessRevenueFen');
  return facts;
}

const oddity = fc.record({
  dropYear: fc.subarray([0, 1, 2]),
  nullRd: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  nullMain: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  extraTag: fc.boolean(),
});

/** A policy with ratio comparisons at the threshold for some rows: one decided exactly in the kernels, one rechecked row-wise. */
function ratioPolicy(): PolicyDef {
  const r = definePolicy(rb, {
    id: 'test-rd-ratio-close',
    title: { zh: '研发投入占比', en: 'R&D ratio' },
    jurisdiction: 'cn-gd-sz',
    cite: 'cn/law/sme-promotion#art_2',
    conditions: [
      // Decided exactly by cross-multiplication in the kernels.
      { id: 'ratio', label: { zh: '研发占比', en: 'R&D ratio' }, when: 'rdExpense / revenue >= 0.05 || mainBusinessRevenue > revenue', cite: 'cn/law/sme-promotion#art_2' },
      // A float sum of a quotient: too close to call at the threshold, rechecked row-wise.
      { id: 'shifted', label: { zh: '研发占比加成', en: 'R&D ratio shifted' }, when: 'rdExpense / revenue + 0.2 >= 0.25', cite: 'cn/law/sme-promotion#art_2' },
      { id: 'staff', label: { zh: '人数', en: 'Staff' }, when: 'employees >= 3', cite: 'cn/law/sme-promotion#art_2' },
    ],
    from: '2020-01-01' as PlainDate,
    until: null,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('registry columns', () => {
  it('property: facts read back from the columns equal the registry mapping, whatever is unreported', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(oddity, { minLength: 200, maxLength: 200 }), fc.constantFrom('2026-03-01', '2025-07-01'), (seed, odds, date) => {
        const figureYear = figureYearOn(date as PlainDate);
        const rows = generatePopulation({ seed, size: odds.length, jurisdiction: 'cn-gd-sz' }).map((e, i) => registryRow(e, figureYear, odds[i]!));
        const b = new RegistryColumnsBuilder(figureYear, rows.length);
        for (const r of rows) b.add(r);
        const reg = b.build();
        rows.forEach((r, i) => expect(registryFactsAt(reg, i)).toEqual(referenceFacts(r)));
      }),
      { numRuns: 8 },
    );
  });

  it('property: outcome codes and missing facts equal the single-enterprise path for encoded, generated and close-ratio policies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e4 }), fc.array(oddity, { minLength: 400, maxLength: 400 }), (seed, policySeed, odds) => {
        const date = '2026-03-01' as PlainDate;
        const figureYear = figureYearOn(date);
        const rows = generatePopulation({ seed, size: odds.length, jurisdiction: 'cn-gd-sz' }).map((e, i) => registryRow(e, figureYear, odds[i]!));
        // Rows whose R&D ratio is exactly at the threshold: the float division is too close to call.
        for (let i = 0; i < rows.length; i += 7) {
          const f = rows[i]!.figures[0];
          if (f) rows[i] = { ...rows[i]!, figures: [{ ...f, revenueFen: 2_000_000, rdExpenseFen: 100_000 }, ...rows[i]!.figures.slice(1)] };
        }
        const b = new RegistryColumnsBuilder(figureYear, rows.length);
        for (const r of rows) b.add(r);
        const reg = b.build();
        const policies = [...rb.policies.values(), ...syntheticPolicies(rb, 20, policySeed, date), ratioPolicy()];
        let rechecked = 0;
        let singles = 0;
        const mismatches: string[] = [];
        for (const p of policies) {
          const out = policyOutcomesOfRegistry(rb, p, reg, date, (slug, name) => jurisdictionOfDistrict(rb, slug, name));
          rechecked += out.exactRechecks;
          singles += out.singleRows;
          rows.forEach((r, i) => {
            const single = matchEnterprise(rb, referenceFacts(r), { date, jurisdiction: jurisdictionOfDistrict(rb, r.district, r.districtNameZh) }, [p]);
            const missing = single.codes[0] === OUTCOME_UNKNOWN ? [...single.evaluations[0]!.missing] : undefined;
            if (single.codes[0] !== out.codes[i] || JSON.stringify(missing) !== JSON.stringify(out.missing.get(i))) {
              mismatches.push(`${p.id} row ${i}: single ${single.codes[0]} ${JSON.stringify(missing)} batch ${out.codes[i]} ${JSON.stringify(out.missing.get(i))}`);
            }
          });
        }
        expect(mismatches.slice(0, 5)).toEqual([]);
        expect(rechecked).toBeGreaterThan(0);
        expect(singles).toBeGreaterThan(0);
      }),
      { numRuns: 3 },
    );
  }, 240_000);

  it('refuses more rows than its capacity', () => {
    const b = new RegistryColumnsBuilder(2025, 0);
    const e = generatePopulation({ seed: 3, size: 1, jurisdiction: 'cn-gd-sz' })[0]!;
    expect(() => b.add(registryRow(e, 2025, { dropYear: [], nullRd: [false, false, false], nullMain: [false, false, false], extraTag: false }))).toThrow(RangeError);
  });
});
