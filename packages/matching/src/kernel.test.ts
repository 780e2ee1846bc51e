import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bi, type PlainDate } from '@huiqi/kernel';
import { evaluatePolicy, FACT_SCHEMA, loadRuleBase, type RuleBase } from '@huiqi/rules-engine';
import { generatePopulation, readColumnar, writeColumnar, type SyntheticEnterprise } from '@huiqi/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePolicy } from './define-policy';
import { districtJurisdictions } from './district-jurisdictions';
import { evaluateRange } from './evaluate-range';
import { factsAt, factsOfEnterprise, hasColumn } from './fact-columns';
import { compileMatchPlan } from './match-plan';
import { decodeOutcome } from './outcome-code';
import { columnsOfPopulation, readColumnarRange } from './population-columns';

let rb: RuleBase;
let dir: string;
const DATE = '2026-03-01' as PlainDate;
const CITE = 'cn-gd-sz/measures/sme-relief-2023#measure_1__para_1';

beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error('rule base');
  rb = r.value;
  dir = mkdtempSync(join(tmpdir(), 'huiqi-kernel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function population(edit: (rows: SyntheticEnterprise[]) => void, size = 8): string {
  const rows = generatePopulation({ seed: 5, size, jurisdiction: 'cn-gd-sz' });
  edit(rows);
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.bin`);
  writeColumnar(file, rows);
  return file;
}

function policy(...when: string[]) {
  const r = definePolicy(rb, { id: 'test-policy', title: bi('测试', 'test'), jurisdiction: 'cn-gd-sz', cite: CITE, from: '2020-01-01' as PlainDate, conditions: when.map((w, i) => ({ id: `c${i}`, label: bi(w, w), when: w, cite: CITE })) });
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}

const figures = (year: number, revenueFen: number, rdExpenseFen: number) => ({ year, employees: 10, revenueFen, totalAssetsFen: 1000, rdExpenseFen, mainBusinessRevenueFen: revenueFen }) as SyntheticEnterprise['figures'][number];

describe('column mapping', () => {
  it('factsAt on the columns equals factsOfEnterprise on the objects for every row', () => {
    const rows = generatePopulation({ seed: 9, size: 300, jurisdiction: 'cn-gd-sz' });
    const file = join(dir, 'map.bin');
    writeColumnar(file, rows);
    const cols = columnsOfPopulation(readColumnar(file));
    for (let i = 0; i < rows.length; i++) expect(factsAt(cols, i, 2025)).toEqual(factsOfEnterprise(rows[i]!, 2025));
  });

  it('yearly facts come from the figure year and the years before, and are absent without figures', () => {
    const file = population((rows) => {
      rows[0]!.figures = [figures(2023, 300, 3), figures(2024, 200, 2), figures(2025, 100, 1)];
      rows[1]!.figures = [figures(2025, 100, 1)];
    });
    const cols = readColumnarRange(file, 0, 2);
    expect(factsAt(cols, 0, 2025)).toMatchObject({ revenue: 100, revenueYearBefore: 200, revenueTwoYearsBefore: 300, rdExpenseYearBefore: 2 });
    const young = factsAt(cols, 1, 2025);
    expect(young.revenue).toBe(100);
    expect('revenueYearBefore' in young).toBe(false);
    expect(factsAt(cols, 1, 2026).revenue).toBeUndefined();
  });

  it('a fact without a column is UNKNOWN for every row, never false', () => {
    expect(hasColumn('yearsInNicheMarket')).toBe(false);
    expect(Object.keys(FACT_SCHEMA).filter(hasColumn).length).toBeGreaterThan(10);
    const file = population(() => {});
    const cols = readColumnarRange(file, 0, 8);
    const plan = compileMatchPlan(rb, [policy('yearsInNicheMarket >= 0'), policy('!isControlledByLargeEnterprise'), policy('has(yearsInNicheMarket)')], cols.meta, { date: DATE });
    const { codes } = evaluateRange(plan, cols);
    expect([...codes.subarray(0, 16)].map((c) => decodeOutcome(c).status)).toEqual(Array(16).fill('UNKNOWN'));
    expect([...codes.subarray(16)].map((c) => decodeOutcome(c).status)).toEqual(Array(8).fill('INELIGIBLE'));
  });

  it('maps the synthetic district slugs to the rules jurisdiction ids by name', () => {
    const file = population(() => {}, 200);
    const { ids, unmapped } = districtJurisdictions(rb, readColumnarRange(file, 0, 1).meta);
    expect(unmapped).toEqual([]);
    expect(ids.every((j) => rb.jurisdictions.within(j, 'cn-gd-sz') && j !== 'cn-gd-sz')).toBe(true);
  });
});

describe('kernels', () => {
  it('re-decides a float comparison too close to call with the exact closures (0.1 + 0.2 ≤ 0.3)', () => {
    const file = population((rows) => {
      rows[0]!.figures = [figures(2025, 100, 10)];
      rows[1]!.figures = [figures(2025, 100, 11)];
    });
    const cols = readColumnarRange(file, 0, 2);
    const plan = compileMatchPlan(rb, [policy('rdExpense / revenue + 0.2 <= 0.3')], cols.meta, { date: DATE });
    expect(0.1 + 0.2 <= 0.3).toBe(false); // the float answer the kernel must not give
    const res = evaluateRange(plan, cols);
    expect([...res.codes].map((c) => decodeOutcome(c).status)).toEqual(['ELIGIBLE', 'INELIGIBLE']);
    expect(res.exactRechecks).toBeGreaterThan(0);
  });

  it('division by zero is UNKNOWN, as in the rules engine', () => {
    const file = population((rows) => {
      rows[0]!.figures = [figures(2025, 0, 5)];
    });
    const cols = readColumnarRange(file, 0, 1);
    const p = policy('rdRatio >= 0.03');
    const plan = compileMatchPlan(rb, [p], cols.meta, { date: DATE });
    expect(decodeOutcome(evaluateRange(plan, cols).codes[0]!).status).toBe('UNKNOWN');
  });

  it('records the first failing clause even after an unknown one', () => {
    const file = population((rows) => {
      rows[0]!.figures = [figures(2025, 100, 1)];
    });
    const cols = readColumnarRange(file, 0, 1);
    const plan = compileMatchPlan(rb, [policy('revenue >= 1', 'yearsInNicheMarket >= 1', 'revenue >= 1000', 'revenue >= 5000')], cols.meta, { date: DATE });
    expect(decodeOutcome(evaluateRange(plan, cols).codes[0]!)).toEqual({ status: 'INELIGIBLE', failingIndex: 2 });
  });

  it('folds more clauses than one table look-up covers (7), with unknown and failing clauses anywhere', () => {
    const file = population(() => {}, 300);
    const cols = readColumnarRange(file, 0, 300);
    const ids = districtJurisdictions(rb, cols.meta).ids;
    const clauses = ['employees >= 3', "'TECH_SME' in tags || revenue >= wan_yuan(200)", 'yearsInNicheMarket >= 1', 'rdRatio >= 0.01', 'revenue >= revenueYearBefore', 'isSme', 'employees <= 200'];
    // Every rotation puts the unknown clause and the selective ones at another position.
    for (let k = 0; k < clauses.length; k++) {
      const p = policy(...clauses.slice(k), ...clauses.slice(0, k));
      const { codes } = evaluateRange(compileMatchPlan(rb, [p], cols.meta, { date: DATE }), cols);
      for (let i = 0; i < 300; i++) {
        const single = evaluatePolicy(rb, p, factsAt(cols, i, 2025), { date: DATE, jurisdiction: ids[cols.district[i]!]! });
        const got = decodeOutcome(codes[i]!);
        expect(got.status).toBe(single.status);
        if (single.firstFailingClause) expect(`c${got.failingIndex}`).toBe(single.firstFailingClause);
      }
    }
  });

  it('resolves parameters per district jurisdiction (a per-row parameter column)', () => {
    const file = population(() => {}, 400);
    const cols = readColumnarRange(file, 0, 400);
    const ns = 'cn-gd-sz-ns';
    // A rule base whose VAT threshold is overridden in Nanshan only.
    const params = Object.create(rb.params) as RuleBase['params'];
    params.resolve = (path, j, d, o) => {
      const p = rb.params.resolve(path, j, d, o);
      return p && j === ns ? { ...p, value: 1, jurisdiction: ns } : p;
    };
    const rb2: RuleBase = { ...rb, params };
    const p = policy("revenue / 12 <= param('tax.small_scale_vat.exempt_monthly_sales')");
    const plan = compileMatchPlan(rb2, [p], cols.meta, { date: DATE });
    const { codes } = evaluateRange(plan, cols);
    const { ids } = districtJurisdictions(rb2, cols.meta);
    let nanshan = 0;
    for (let i = 0; i < 400; i++) {
      const jurisdiction = ids[cols.district[i]!]!;
      if (jurisdiction === ns) nanshan++;
      const single = evaluatePolicy(rb2, p, factsAt(cols, i, 2025), { date: DATE, jurisdiction });
      expect(decodeOutcome(codes[i]!).status).toBe(single.status);
    }
    expect(nanshan).toBeGreaterThan(0);
  });

  it('falls back to the row-wise closures for what it cannot vectorise, with the same results', () => {
    const file = population(() => {}, 300);
    const cols = readColumnarRange(file, 0, 300);
    const p = policy("'C39' in [industryCode, 'F51'] || revenue >= wan_yuan(100)", 'employees >= 5');
    const plan = compileMatchPlan(rb, [p], cols.meta, { date: DATE });
    expect(plan.fallbackCount).toBe(1);
    expect(plan.policies[0]!.fallbackReason).toMatch(/list/);
    const { codes } = evaluateRange(plan, cols);
    const ids = districtJurisdictions(rb, cols.meta).ids;
    for (let i = 0; i < 300; i++) {
      const single = evaluatePolicy(rb, p, factsAt(cols, i, 2025), { date: DATE, jurisdiction: ids[cols.district[i]!]! });
      const got = decodeOutcome(codes[i]!);
      expect(got.status).toBe(single.status);
      if (single.firstFailingClause) expect(`c${got.failingIndex}`).toBe(single.firstFailingClause);
    }
  });

  it('marks rows outside the policy jurisdiction NOT_IN_FORCE', () => {
    const file = population(() => {}, 200);
    const cols = readColumnarRange(file, 0, 200);
    const r = definePolicy(rb, { id: 'ns-only', title: bi('南山', 'Nanshan'), jurisdiction: 'cn-gd-sz-ns', cite: CITE, from: '2020-01-01' as PlainDate, conditions: [{ id: 'a', label: bi('a', 'a'), when: 'revenue >= 0', cite: CITE }] });
    if (!r.ok) throw new Error(r.error.en);
    const plan = compileMatchPlan(rb, [r.value], cols.meta, { date: DATE });
    const { codes } = evaluateRange(plan, cols);
    const ids = districtJurisdictions(rb, cols.meta).ids;
    for (let i = 0; i < 200; i++) {
      const inNs = ids[cols.district[i]!] === 'cn-gd-sz-ns';
      expect(decodeOutcome(codes[i]!).status === 'NOT_IN_FORCE').toBe(!inNs);
    }
  });

  it('district-clustered chunks give the codes of row order, also into a reused buffer and with a chunk smaller than a district', () => {
    const file = population(() => {}, 700);
    const cols = readColumnarRange(file, 0, 700);
    const local = (j: string) => {
      const r = definePolicy(rb, { id: `only-${j}`, title: bi(j, j), jurisdiction: j, cite: CITE, from: '2020-01-01' as PlainDate, conditions: [{ id: 'a', label: bi('a', 'a'), when: 'revenue >= wan_yuan(50)', cite: CITE }, { id: 'b', label: bi('b', 'b'), when: 'rdRatio >= 0.02', cite: CITE }] });
      if (!r.ok) throw new Error(r.error.en);
      return r.value;
    };
    const policies = [local('cn-gd-sz-ns'), policy('employees >= 5'), local('cn-gd-sz-ba'), local('cn-gd-sz-lg')];
    const ids = districtJurisdictions(rb, cols.meta).ids;
    const reused = new Uint8Array(700 * policies.length).fill(0xff);
    for (const chunkSize of [16, 4096]) {
      const { codes } = evaluateRange(compileMatchPlan(rb, policies, cols.meta, { date: DATE, chunkSize }), cols, reused);
      policies.forEach((p, k) => {
        for (let i = 0; i < 700; i++) {
          const single = evaluatePolicy(rb, p, factsAt(cols, i, 2025), { date: DATE, jurisdiction: ids[cols.district[i]!]! });
          expect(decodeOutcome(codes[k * 700 + i]!).status).toBe(single.status);
        }
      });
    }
  });

  it('refuses a condition that does not type-check, with its position', () => {
    const r = definePolicy(rb, { id: 'bad', title: bi('坏', 'bad'), jurisdiction: 'cn-gd-sz', cite: CITE, from: '2020-01-01' as PlainDate, conditions: [{ id: 'x', label: bi('x', 'x'), when: "revenue >= 'a'", cite: CITE }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toMatch(/x \(at \d+\)/);
  });
});

describe('ratio comparisons by cross-multiplication', () => {
  // (R&D, revenue, main-business revenue) in fen: signs, zero divisors, exact thresholds, products past 2^53.
  const cases: [number, number, number][] = [
    [5, 100, 120], [5, -100, -120], [-5, -100, 0], [0, 0, 0], [5, 0, 1], [1, 3, 4], [1, 20, 24], [2 ** 52, 3, 2 ** 52], [3, 2 ** 52 - 1, 7],
  ];
  const conditions = [
    'rdExpense / revenue >= 0.05',
    'rdRatio < 1 / 3',
    'rdRatio == 0.05',
    'rdRatio != 0.05',
    'rdExpense / revenue > mainBusinessRevenue / revenue',
    'mainBusinessRevenue >= revenue * 1.2',
    'revenue * 6 / 5 <= mainBusinessRevenue',
    'revenue / 12 <= wan_yuan(1)',
    '0.05 <= rdRatio',
    // Every row has one year of figures: the year before is unknown (NaN), never a recheck.
    'mainBusinessRevenue >= revenueYearBefore * 1.2',
    'rdExpenseYearBefore / revenue >= 0.05',
  ];

  it('gives the rules engine answer for every sign, zero divisor and magnitude, rechecking products at or past 2^53', () => {
    const file = population((rows) => {
      cases.forEach(([rd, rev, main], i) => {
        rows[i]!.figures = [{ ...figures(2025, rev, rd), mainBusinessRevenueFen: main } as SyntheticEnterprise['figures'][number]];
      });
    }, cases.length);
    const cols = readColumnarRange(file, 0, cases.length);
    const ids = districtJurisdictions(rb, cols.meta).ids;
    for (const when of conditions) {
      const p = policy(when);
      const plan = compileMatchPlan(rb, [p], cols.meta, { date: DATE });
      const res = evaluateRange(plan, cols);
      for (let i = 0; i < cases.length; i++) {
        const single = evaluatePolicy(rb, p, factsAt(cols, i, 2025), { date: DATE, jurisdiction: ids[cols.district[i]!]! });
        expect(`${when} row ${i}: ${decodeOutcome(res.codes[i]!).status}`).toBe(`${when} row ${i}: ${single.status}`);
      }
      // Only the rows whose cross products reach 2^53 go row-wise.
      expect(res.exactRechecks).toBeLessThanOrEqual(2);
    }
  });

  it('decides a ratio exactly at its threshold without a row-wise recheck', () => {
    const file = population((rows) => {
      rows[0]!.figures = [figures(2025, 2_000_000, 100_000)];
    }, 1);
    const cols = readColumnarRange(file, 0, 1);
    const res = evaluateRange(compileMatchPlan(rb, [policy('rdRatio >= 0.05')], cols.meta, { date: DATE }), cols);
    expect(decodeOutcome(res.codes[0]!).status).toBe('ELIGIBLE');
    expect(res.exactRechecks).toBe(0);
  });
});

describe('evaluateRange counts', () => {
  it('counts each status per policy, and can skip counting without changing the codes', () => {
    const file = population(() => {}, 500);
    const cols = readColumnarRange(file, 0, 500);
    const plan = compileMatchPlan(rb, [policy('revenue >= wan_yuan(100)', 'yearsInNicheMarket >= 1'), policy("'TECH_SME' in tags")], cols.meta, { date: DATE });
    const a = evaluateRange(plan, cols);
    const b = evaluateRange(plan, cols, undefined, { counts: false });
    expect(b.codes).toEqual(a.codes);
    expect([...b.counts]).toEqual(Array(8).fill(0));
    for (let p = 0; p < 2; p++) {
      const byStatus = [0, 0, 0, 0];
      for (let i = 0; i < 500; i++) byStatus[Math.min(3, a.codes[p * 500 + i]!)]!++;
      expect([...a.counts.subarray(p * 4, p * 4 + 4)]).toEqual(byStatus);
    }
  });
});
