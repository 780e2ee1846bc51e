import fc from 'fast-check';
import type { PopulationMember } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { definePolicy, figureYearOn, RegistrySnapshot, snapshotPolicyOutcomes, snapshotSizeClasses, syntheticPolicies, type SnapshotRowInput } from '@huiqi/matching';
import { loadRuleBase, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { generatePopulation, type SyntheticEnterprise } from '@huiqi/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { costDelta, evaluateSubjects, hasAmount, reachDiff, reachOf, sizesOf, subjectsOf } from './reach';
import { reachOfSnapshot, snapshotReachDiff } from './snapshot-reach';

let rb: RuleBase;
beforeAll(() => {
  const r = loadRuleBase();
  if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0, 3)));
  rb = r.value;
});

const CITE = 'cn/law/sme-promotion#art_2';
const label = { zh: '条件', en: 'Condition' };

/** Policies with amounts (rounding, caps, a ratio, a parameter-free flat sum) beside generated condition shapes. */
function amountPolicies(): PolicyDef[] {
  const specs = [
    { id: 'amt-rd', when: 'rdExpense / revenue >= 0.03', amount: 'min(round(rdExpense * 0.2), wan_yuan(20))' },
    { id: 'amt-rev', when: 'revenue >= wan_yuan(100) && revenue > revenueYearBefore', amount: 'round((revenue - revenueYearBefore) * 0.013)' },
    { id: 'amt-flat', when: 'employees >= 10', amount: 'wan_yuan(5)' },
    { id: 'amt-rd-any', when: 'employees >= 5', amount: 'round(rdExpense * 0.1)' },
    { id: 'amt-floor', when: 'mainBusinessRevenue >= revenue * 0.6', amount: 'floor(mainBusinessRevenue / 3)' },
  ];
  return specs.map((s) => {
    const r = definePolicy(rb, {
      id: s.id, title: { zh: s.id, en: s.id }, jurisdiction: 'cn-gd-sz', cite: CITE,
      conditions: [{ id: 'c', label, when: s.when, cite: CITE }],
      amount: { label: { zh: '金额', en: 'Amount' }, formula: s.amount, cite: CITE },
      from: '2020-01-01' as PlainDate,
    });
    if (!r.ok) throw new Error(`${s.id}: ${r.error.en}`);
    return r.value;
  });
}

/** A registry as the one-enterprise path loads it, with what real registries hold: unreported R&D, a year missing. */
function registry(seed: number, size: number): PopulationMember[] {
  const rows = generatePopulation({ seed, size, jurisdiction: 'cn-gd-sz' });
  return rows.map((e: SyntheticEnterprise, k) => ({
    profile: {
      uscc: e.uscc, name: e.name, registeredAddress: e.registeredAddress, district: e.district, districtName: { zh: e.districtName, en: e.district },
      industryCode: e.industryCode, registrationDate: e.registrationDate, taxpayerType: e.taxpayerType, isIndividualBusiness: e.isIndividualBusiness,
      tags: [...e.tags], version: 1, validFrom: '2026-01-01T00:00:00Z',
    },
    figures: e.figures
      .filter((f, j) => !(k % 23 === 5 && j === e.figures.length - 2))
      .map((f) => ({
        year: f.year, employees: f.employees, revenueFen: f.revenueFen, totalAssetsFen: f.totalAssetsFen,
        rdExpenseFen: k % 11 === 3 ? null : f.rdExpenseFen, mainBusinessRevenueFen: k % 17 === 2 ? null : f.mainBusinessRevenueFen,
        version: 1, validFrom: '2026-01-01T00:00:00Z',
      })),
  }));
}

/** The snapshot row of a registry member (what loadRegistryRange reads: figures of Y, Y − 1, Y − 2). */
function snapshotRow(m: PopulationMember, figureYear: number): SnapshotRowInput {
  return {
    uscc: m.profile.uscc, district: m.profile.district, districtNameZh: m.profile.districtName.zh, industryCode: m.profile.industryCode,
    registrationDate: m.profile.registrationDate, taxpayerType: m.profile.taxpayerType, isIndividualBusiness: m.profile.isIndividualBusiness, tags: m.profile.tags,
    figures: [0, 1, 2].map((k) => {
      const f = m.figures.find((g) => g.year === figureYear - k);
      return f ? { employees: f.employees, revenueFen: f.revenueFen, totalAssetsFen: f.totalAssetsFen, rdExpenseFen: f.rdExpenseFen ?? null, mainBusinessRevenueFen: f.mainBusinessRevenueFen ?? null } : null;
    }),
  };
}

const jurisdictionOf = (d: string, zh: string) => ruleJurisdictionOf(rb, d, zh).id;

/** Preview and what-if on the one-enterprise path (today's) and on the snapshot: reach, diff and cost delta. */
async function both(members: PopulationMember[], snap: RegistrySnapshot, base: PolicyDef, variant: PolicyDef, date: PlainDate) {
  const subjects = subjectsOf(rb, members, date);
  const sizes = sizesOf(rb, subjects, date);
  const b = evaluateSubjects(rb, base, subjects, date);
  const v = evaluateSubjects(rb, variant, subjects, date);
  const single = { base: reachOf(members, b, sizes, hasAmount(base)), variant: reachOf(members, v, sizes, hasAmount(variant)) };
  const singleDiff = { ...reachDiff(b.map((o) => o.status), v.map((o) => o.status)), costDeltaFen: costDelta(single.base, single.variant) };
  let yields = 0;
  const between = async () => {
    yields++;
  };
  const snapSizes = await snapshotSizeClasses(snap, rb, date, jurisdictionOf, { sliceRows: 97, between });
  const sb = await snapshotPolicyOutcomes(snap, rb, base, date, jurisdictionOf, { amount: hasAmount(base), sliceRows: 97, between });
  const sv = await snapshotPolicyOutcomes(snap, rb, variant, date, jurisdictionOf, { amount: hasAmount(variant), sliceRows: 97, between });
  const batch = { base: reachOfSnapshot(snap, sb, snapSizes, hasAmount(base)), variant: reachOfSnapshot(snap, sv, snapSizes, hasAmount(variant)) };
  const batchDiff = { ...snapshotReachDiff(snap, sb.codes, sv.codes), costDeltaFen: costDelta(batch.base, batch.variant) };
  return { single, singleDiff, batch, batchDiff, yields };
}

function snapshotOf(members: PopulationMember[], date: PlainDate, order: number): RegistrySnapshot {
  const year = figureYearOn(date);
  const snap = new RegistrySnapshot(year, 8);
  // Added in key order (binary-searched keys) or shuffled (keys in the map): the same answers either way.
  const rows = members.map((m) => snapshotRow(m, year));
  if (order % 2 === 1) rows.sort((a, b) => (a.uscc < b.uscc ? 1 : -1));
  else rows.sort((a, b) => (a.uscc < b.uscc ? -1 : 1));
  for (const r of rows) snap.upsert(r);
  return snap;
}

describe('reach preview and what-if on the registry snapshot equal the one-enterprise path', () => {
  it('for generated populations, generated and amount policies, several dates and slice sizes (fast-check)', async () => {
    const amounts = amountPolicies();
    const seen = { eligible: 0, unknown: 0, ineligible: 0, outside: 0, costFen: 0, unknownAmount: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('2025-06-01', '2026-03-01', '2026-09-15'), fc.integer({ min: 0, max: 3 }),
        async (popSeed, policySeed, day, order) => {
          const date = day as PlainDate;
          const members = registry(popSeed, 400);
          const snap = snapshotOf(members, date, order);
          const generated = syntheticPolicies(rb, 4, policySeed, date);
          const pairs: [PolicyDef, PolicyDef][] = [[generated[0]!, generated[1]!], [generated[2]!, generated[3]!], [amounts[policySeed % 5]!, amounts[(policySeed + 1) % 5]!], [amounts[3]!, amounts[(policySeed + 2) % 5]!]];
          for (const [base, variant] of pairs) {
            const r = await both(members, snap, base, variant, date);
            expect(r.batch).toEqual(r.single);
            expect(r.batchDiff).toEqual(r.singleDiff);
            expect(r.yields).toBeGreaterThan(0);
            for (const k of ['eligible', 'unknown', 'ineligible', 'outside'] as const) seen[k] += r.single.base[k];
            seen.costFen += r.single.base.cost?.eligibleFen ?? 0;
            seen.unknownAmount += r.single.base.cost?.unknownAmount ?? 0;
          }
        },
      ),
      { numRuns: 6 },
    );
    // The comparison covered every status, amounts, and ELIGIBLE rows whose amount lacks a figure.
    for (const v of Object.values(seen)) expect(v).toBeGreaterThan(0);
  }, 240_000);

  it('stays equal after registry changes are applied in place: changed figures, a new enterprise, one gone', async () => {
    const date = '2026-03-01' as PlainDate;
    const year = figureYearOn(date);
    const members = registry(77, 300);
    const snap = snapshotOf(members, date, 0);
    const [base, variant] = amountPolicies();
    // Figures of one enterprise raised, another's R&D unreported, one registered, one deleted.
    const raised = members[10]!;
    raised.figures = raised.figures.map((f) => ({ ...f, revenueFen: f.revenueFen * 3, rdExpenseFen: (f.revenueFen * 3) / 10 }));
    members[20]!.figures = members[20]!.figures.map((f) => ({ ...f, rdExpenseFen: null }));
    const newcomer = registry(78, 1)[0]!;
    newcomer.profile.uscc = `${newcomer.profile.uscc.slice(0, 17)}Z`;
    const gone = members.splice(30, 1)[0]!;
    members.push(newcomer);
    const version = snap.version;
    snap.upsert(snapshotRow(raised, year));
    snap.upsert(snapshotRow(members[20]!, year));
    snap.upsert(snapshotRow(newcomer, year));
    expect(snap.remove(gone.profile.uscc)).toBe(true);
    expect(snap.version).toBeGreaterThan(version);
    expect(snap.liveCount).toBe(members.length);
    expect(snap.indexOf(newcomer.profile.uscc)).toBe(snap.rowCount - 1);
    expect(snap.usccAt(snap.indexOf(raised.profile.uscc))).toBe(raised.profile.uscc);
    const r = await both(members, snap, base!, variant!, date);
    expect(r.batch).toEqual(r.single);
    expect(r.batchDiff).toEqual(r.singleDiff);
    expect(r.single.base.total).toBe(300);
  }, 120_000);
});
