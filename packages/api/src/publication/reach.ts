import type { PopulationMember } from '@huiqi/db';
import { addFen, fen, SIZE_CLASS_NAMES, SIZE_CLASSES, sizeClassCode, type Fen, type PlainDate, type SizeClassCode } from '@huiqi/kernel';
import { matchEnterprise } from '@huiqi/matching';
import { createContext, type Facts, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { enterpriseFactsFromRegistry } from '../rules/enterprise-facts';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

/** How one enterprise stands under a draft: OUTSIDE when the draft's jurisdiction or window does not cover it. */
export type ReachStatus = 'ELIGIBLE' | 'UNKNOWN' | 'INELIGIBLE' | 'OUTSIDE';

/** Size class under the national standard (UNKNOWN: not classified, facts missing, or no standard). */
export type SizeKey = SizeClassCode;
/** The size groups of a reach, smallest first, then UNKNOWN; `code` is the matching snapshot's size code (kernel order, −1 not classified). */
export const SIZE_GROUPS: readonly { key: SizeKey; nameZh: string; code: number }[] = [
  ...[...SIZE_CLASSES].reverse().map((s) => ({ key: sizeClassCode(s), nameZh: SIZE_CLASS_NAMES[s].zh, code: SIZE_CLASSES.indexOf(s) })),
  { key: 'UNKNOWN', nameZh: '无法判定', code: -1 },
];

export interface ReachCounts {
  eligible: number;
  unknown: number;
  ineligible: number;
  outside: number;
}

export interface ReachGroup extends ReachCounts {
  key: string;
  nameZh: string;
}

/** What a policy with an amount would pay: the sum over ELIGIBLE enterprises, and how many ELIGIBLE ones lack a fact the amount needs. */
export interface ReachCost {
  eligibleFen: Fen;
  unknownAmount: number;
}

export interface Reach extends ReachCounts {
  total: number;
  byDistrict: ReachGroup[];
  bySection: ReachGroup[];
  bySize: ReachGroup[];
  cost: ReachCost | null;
}

/** One enterprise's facts from the registry as the rules engine reads them on a date, and its rule-base jurisdiction. */
export interface Subject {
  facts: Facts;
  jurisdiction: string;
}

/** One enterprise under one policy: its status, the facts missing when UNKNOWN, and the amount in fen when ELIGIBLE and computable. */
export interface Outcome {
  status: ReachStatus;
  missing: string[];
  amountFen: number | null;
}

const empty = (): ReachCounts => ({ eligible: 0, unknown: 0, ineligible: 0, outside: 0 });
const field = { ELIGIBLE: 'eligible', UNKNOWN: 'unknown', INELIGIBLE: 'ineligible', OUTSIDE: 'outside' } as const;

/** The registry facts of each enterprise on `date`, in population order (computed once, evaluated under several policies). */
export function subjectsOf(rb: RuleBase, population: readonly PopulationMember[], date: PlainDate): Subject[] {
  return population.map(({ profile, figures }) => {
    const mapped = enterpriseFactsFromRegistry(profile, figures, date);
    // Registry rows are validated when stored: a mismatch is a programming error, never a silent skip.
    if (!mapped.ok) throw new Error(`registry facts of ${profile.uscc} do not fit the fact schema: ${JSON.stringify(mapped.error)}`);
    return { facts: mapped.value.facts, jurisdiction: ruleJurisdictionOf(rb, profile.district, profile.districtName.zh).id };
  });
}

/** Each subject under `policy` on `date` through the rules engine's single-enterprise path (the one 我的政策 uses). */
export function evaluateSubjects(rb: RuleBase, policy: PolicyDef, subjects: readonly Subject[], date: PlainDate): Outcome[] {
  return subjects.map(({ facts, jurisdiction }) => {
    const [ev] = matchEnterprise(rb, facts, { date, jurisdiction }, [policy]).evaluations;
    const s = ev!.status;
    return {
      status: s === 'ELIGIBLE' || s === 'UNKNOWN' || s === 'INELIGIBLE' ? s : 'OUTSIDE',
      missing: s === 'UNKNOWN' ? [...ev!.missing] : [],
      amountFen: s === 'ELIGIBLE' && ev!.amountFen !== undefined ? ev!.amountFen : null,
    };
  });
}

/** Each enterprise's size class on `date` by the rules engine's classification (the one size_class() and /api/rules/classify use). */
export function sizesOf(rb: RuleBase, subjects: readonly Subject[], date: PlainDate): SizeKey[] {
  return subjects.map(({ facts, jurisdiction }) => {
    const o = createContext(rb, facts, date, jurisdiction).sizeOutcome();
    return sizeClassCode(o?.status === 'CLASSIFIED' ? o.size : null);
  });
}

/** Status and, when UNKNOWN, the facts the rules engine is missing, per enterprise in population order. */
export function outcomesOf(rb: RuleBase, policy: PolicyDef, population: readonly PopulationMember[], date: PlainDate): Outcome[] {
  return evaluateSubjects(rb, policy, subjectsOf(rb, population, date), date);
}

/** True when the policy's version in force has an amount (authored policies have one version). */
export function hasAmount(policy: PolicyDef): boolean {
  return policy.versions.some((v) => v.amount !== null);
}

/**
 * Counts by status, by registry district, by industry section (门类, the first letter of the code)
 * and by size class; with `withCost`, the cost over ELIGIBLE enterprises in integer fen.
 */
export function reachOf(population: readonly PopulationMember[], outcomes: readonly Outcome[], sizes: readonly SizeKey[], withCost: boolean): Reach {
  const total = empty();
  const districts = new Map<string, ReachGroup>();
  const sections = new Map<string, ReachGroup>();
  const bySize = new Map<SizeKey, ReachGroup>(SIZE_GROUPS.map((g) => [g.key, { key: g.key, nameZh: g.nameZh, ...empty() }]));
  let eligibleFen = fen(0);
  let unknownAmount = 0;
  population.forEach(({ profile }, i) => {
    const o = outcomes[i]!;
    const f = field[o.status];
    total[f]++;
    const d = districts.get(profile.district) ?? { key: profile.district, nameZh: profile.districtName.zh, ...empty() };
    d[f]++;
    districts.set(profile.district, d);
    const letter = profile.industryCode.slice(0, 1);
    const s = sections.get(letter) ?? { key: letter, nameZh: `${letter} 门类`, ...empty() };
    s[f]++;
    sections.set(letter, s);
    bySize.get(sizes[i]!)![f]++;
    if (withCost && o.status === 'ELIGIBLE') {
      if (o.amountFen === null) unknownAmount++;
      else eligibleFen = addFen(eligibleFen, fen(o.amountFen));
    }
  });
  const sorted = (m: Map<string, ReachGroup>) => [...m.values()].sort((a, b) => a.key.localeCompare(b.key));
  return {
    total: population.length,
    ...total,
    byDistrict: sorted(districts),
    bySection: sorted(sections),
    bySize: [...bySize.values()],
    cost: withCost ? { eligibleFen, unknownAmount } : null,
  };
}

/** What changes between two runs over the same population: enterprises that become eligible, and those that stop being eligible. */
export function reachDiff(before: readonly ReachStatus[], after: readonly ReachStatus[]): { gained: number; lost: number; unknownDelta: number } {
  let gained = 0;
  let lost = 0;
  let unknownDelta = 0;
  for (let i = 0; i < after.length; i++) {
    if (after[i] === 'ELIGIBLE' && before[i] !== 'ELIGIBLE') gained++;
    if (before[i] === 'ELIGIBLE' && after[i] !== 'ELIGIBLE') lost++;
    unknownDelta += (after[i] === 'UNKNOWN' ? 1 : 0) - (before[i] === 'UNKNOWN' ? 1 : 0);
  }
  return { gained, lost, unknownDelta };
}

/** The change in cost between two reaches (null unless both policies have an amount). */
export function costDelta(base: Reach, variant: Reach): Fen | null {
  return base.cost && variant.cost ? fen(variant.cost.eligibleFen - base.cost.eligibleFen) : null;
}
