import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PlainDate } from '@huiqi/kernel';
import { evaluatePolicy, loadRuleBase, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { generatePopulation, writeColumnar } from '@huiqi/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOfDistrict } from './district-jurisdictions';
import { evaluateRange } from './evaluate-range';
import { factsOfEnterprise } from './fact-columns';
import { figureYearOn } from './figure-year';
import { compileMatchPlan } from './match-plan';
import { decodeOutcome } from './outcome-code';
import { readColumnarRange } from './population-columns';
import { syntheticPolicies } from './synthetic-policies';

let rb: RuleBase;
let dir: string;

beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0, 3)));
  rb = r.value;
  dir = mkdtempSync(join(tmpdir(), 'huiqi-matching-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Batch outcome of every row × policy versus evaluatePolicy on the row's object form. */
function compare(seed: number, size: number, date: PlainDate, policies: PolicyDef[], chunkSize: number) {
  const rows = generatePopulation({ seed, size, jurisdiction: 'cn-gd-sz' });
  const file = join(dir, `pop-${seed}-${size}.bin`);
  writeColumnar(file, rows);
  const from = seed % 7;
  const cols = readColumnarRange(file, from, size);
  const plan = compileMatchPlan(rb, policies, cols.meta, { date, chunkSize });
  const res = evaluateRange(plan, cols);
  const year = figureYearOn(date);
  const mismatches: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < cols.rowCount; i++) {
    const e = rows[from + i]!;
    const facts = factsOfEnterprise(e, year);
    const jurisdiction = jurisdictionOfDistrict(rb, e.district, e.districtName);
    policies.forEach((p, pi) => {
      const single = evaluatePolicy(rb, p, facts, { date, jurisdiction });
      const batch = decodeOutcome(res.codes[pi * cols.rowCount + i]!);
      seen.add(single.status);
      const batchClause = batch.failingIndex === undefined ? undefined : plan.policies[pi]!.version!.conditions[batch.failingIndex]!.id;
      if (single.status !== batch.status || single.firstFailingClause !== batchClause) {
        mismatches.push(`${e.uscc} ${p.id}: single ${single.status}/${single.firstFailingClause} batch ${batch.status}/${batchClause}`);
      }
    });
  }
  return { mismatches, seen, plan, res };
}

describe('batch matching equals single-enterprise evaluation', () => {
  it('for every row and every encoded policy, on dates inside and outside the sz-2023 measures', () => {
    for (const date of ['2023-02-15', '2026-03-01'] as PlainDate[]) {
      const { mismatches, seen, plan } = compare(11, 1500, date, [...rb.policies.values()], 256);
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(plan.fallbackCount).toBe(0);
      expect(seen.has('INELIGIBLE')).toBe(true);
    }
  }, 120_000);

  it('for generated policies of every condition shape, several population and policy seeds (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(64, 300, 2048), (popSeed, policySeed, chunk) => {
        const policies = syntheticPolicies(rb, 60, policySeed);
        const { mismatches, seen, plan } = compare(popSeed, 1200, '2026-03-01' as PlainDate, policies, chunk);
        expect(mismatches.slice(0, 5)).toEqual([]);
        expect(plan.fallbackCount).toBe(0);
        expect([...seen].sort()).toEqual(['ELIGIBLE', 'INELIGIBLE', 'NOT_IN_FORCE', 'UNKNOWN']);
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});
