import { fen } from '@huiqi/kernel';
import { OUTCOME_ELIGIBLE, OUTCOME_INELIGIBLE_BASE, OUTCOME_UNKNOWN, type RegistrySnapshot, type SizeCodes, type SnapshotPolicyOutcomes } from '@huiqi/matching';
import { SIZE_GROUPS, type Reach, type ReachCounts, type ReachGroup } from './reach';

/** Status index of an outcome code: 0 eligible, 1 unknown, 2 ineligible, 3 outside (NOT_IN_FORCE). */
const statusOf = (code: number): number => (code === OUTCOME_ELIGIBLE ? 0 : code === OUTCOME_UNKNOWN ? 1 : code >= OUTCOME_INELIGIBLE_BASE ? 2 : 3);
const FIELDS = ['eligible', 'unknown', 'ineligible', 'outside'] as const;
const counts = (a: Float64Array, k: number): ReachCounts => ({ eligible: a[k * 4]!, unknown: a[k * 4 + 1]!, ineligible: a[k * 4 + 2]!, outside: a[k * 4 + 3]! });
const total = (a: Float64Array, k: number) => a[k * 4]! + a[k * 4 + 1]! + a[k * 4 + 2]! + a[k * 4 + 3]!;

/**
 * The reach of one policy over the snapshot, exactly as `reachOf` computes it over the population
 * loaded as objects: counts by status, by registry district, by industry section (the first letter
 * of the code), by size class, and the cost over ELIGIBLE rows in fen. Tallied per district and
 * industry code in typed arrays, then folded into the groups.
 */
export function reachOfSnapshot(snap: RegistrySnapshot, outcomes: SnapshotPolicyOutcomes, sizes: SizeCodes, withCost: boolean): Reach {
  const n = Math.min(outcomes.codes.length, sizes.length);
  const cols = snap.columns(0, n);
  const districts = snap.districtDictionary.slice();
  const industries = snap.industryDictionary.slice();
  const byDistrict = new Float64Array(districts.length * 4);
  const byIndustry = new Float64Array(industries.length * 4);
  const bySize = new Float64Array(5 * 4);
  const all = new Float64Array(4);
  let eligibleFen = 0;
  let unknownAmount = 0;
  let rows = 0;
  const { codes, amountFen } = outcomes;
  for (let i = 0; i < n; i++) {
    if (snap.isRemoved(i)) continue;
    rows++;
    const s = statusOf(codes[i]!);
    all[s]!++;
    byDistrict[cols.district[i]! * 4 + s]!++;
    byIndustry[cols.industry[i]! * 4 + s]!++;
    bySize[(sizes[i]! < 0 ? 4 : sizes[i]!) * 4 + s]!++;
    if (withCost && s === 0) {
      const a = amountFen ? amountFen[i]! : NaN;
      if (a !== a) unknownAmount++;
      else eligibleFen += a;
    }
  }
  const districtGroups: ReachGroup[] = [];
  districts.forEach((d, k) => {
    if (total(byDistrict, k) > 0) districtGroups.push({ key: d.slug, nameZh: d.name, ...counts(byDistrict, k) });
  });
  const sections = new Map<string, ReachGroup>();
  industries.forEach((code, k) => {
    if (total(byIndustry, k) === 0) return;
    const letter = code.slice(0, 1);
    const g = sections.get(letter) ?? { key: letter, nameZh: `${letter} 门类`, eligible: 0, unknown: 0, ineligible: 0, outside: 0 };
    const c = counts(byIndustry, k);
    for (const f of FIELDS) g[f] += c[f];
    sections.set(letter, g);
  });
  const sorted = (xs: ReachGroup[]) => xs.sort((a, b) => a.key.localeCompare(b.key));
  return {
    total: rows,
    ...counts(all, 0),
    byDistrict: sorted(districtGroups),
    bySection: sorted([...sections.values()]),
    bySize: SIZE_GROUPS.map((g) => ({ key: g.key, nameZh: g.nameZh, ...counts(bySize, g.code < 0 ? 4 : g.code) })),
    cost: withCost ? { eligibleFen: fen(eligibleFen), unknownAmount } : null,
  };
}

/** What changes between two runs over the same snapshot rows: as `reachDiff` over statuses. */
export function snapshotReachDiff(snap: RegistrySnapshot, before: Uint8Array, after: Uint8Array): { gained: number; lost: number; unknownDelta: number } {
  let gained = 0;
  let lost = 0;
  let unknownDelta = 0;
  const n = Math.min(before.length, after.length);
  for (let i = 0; i < n; i++) {
    if (snap.isRemoved(i)) continue;
    const b = before[i]!;
    const a = after[i]!;
    if (a === OUTCOME_ELIGIBLE && b !== OUTCOME_ELIGIBLE) gained++;
    if (b === OUTCOME_ELIGIBLE && a !== OUTCOME_ELIGIBLE) lost++;
    unknownDelta += (a === OUTCOME_UNKNOWN ? 1 : 0) - (b === OUTCOME_UNKNOWN ? 1 : 0);
  }
  return { gained, lost, unknownDelta };
}
