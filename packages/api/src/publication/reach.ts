import type { PopulationMember } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { matchEnterprise } from '@huiqi/matching';
import type { PolicyDef, RuleBase } from '@huiqi/rules-engine';
import { enterpriseFactsFromRegistry } from '../rules/enterprise-facts';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

/** How one enterprise stands under a draft: OUTSIDE when the draft's jurisdiction or window does not cover it. */
export type ReachStatus = 'ELIGIBLE' | 'UNKNOWN' | 'INELIGIBLE' | 'OUTSIDE';

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

export interface Reach extends ReachCounts {
  total: number;
  byDistrict: ReachGroup[];
  bySection: ReachGroup[];
}

const empty = (): ReachCounts => ({ eligible: 0, unknown: 0, ineligible: 0, outside: 0 });
const field = { ELIGIBLE: 'eligible', UNKNOWN: 'unknown', INELIGIBLE: 'ineligible', OUTSIDE: 'outside' } as const;

/** Each enterprise's status under `policy` on `date`, in population order (the single-enterprise path of the rules engine). */
export function statusesOf(rb: RuleBase, policy: PolicyDef, population: readonly PopulationMember[], date: PlainDate): ReachStatus[] {
  return outcomesOf(rb, policy, population, date).map((o) => o.status);
}

/** Status and, when UNKNOWN, the facts the rules engine is missing, per enterprise in population order. */
export function outcomesOf(rb: RuleBase, policy: PolicyDef, population: readonly PopulationMember[], date: PlainDate): { status: ReachStatus; missing: string[] }[] {
  return population.map(({ profile, figures }) => {
    const mapped = enterpriseFactsFromRegistry(profile, figures, date);
    // Registry rows are validated when stored: a mismatch is a programming error, never a silent skip.
    if (!mapped.ok) throw new Error(`registry facts of ${profile.uscc} do not fit the fact schema: ${JSON.stringify(mapped.error)}`);
    const where = ruleJurisdictionOf(rb, profile.district, profile.districtName.zh);
    const [ev] = matchEnterprise(rb, mapped.value.facts, { date, jurisdiction: where.id }, [policy]).evaluations;
    const s = ev!.status;
    return { status: s === 'ELIGIBLE' || s === 'UNKNOWN' || s === 'INELIGIBLE' ? s : 'OUTSIDE', missing: s === 'UNKNOWN' ? [...ev!.missing] : [] };
  });
}

/** Counts by status, by registry district and by industry section (门类, the first letter of the code). */
export function reachOf(population: readonly PopulationMember[], statuses: readonly ReachStatus[]): Reach {
  const total = empty();
  const districts = new Map<string, ReachGroup>();
  const sections = new Map<string, ReachGroup>();
  population.forEach(({ profile }, i) => {
    const f = field[statuses[i]!];
    total[f]++;
    const d = districts.get(profile.district) ?? { key: profile.district, nameZh: profile.districtName.zh, ...empty() };
    d[f]++;
    districts.set(profile.district, d);
    const letter = profile.industryCode.slice(0, 1);
    const s = sections.get(letter) ?? { key: letter, nameZh: `${letter} 门类`, ...empty() };
    s[f]++;
    sections.set(letter, s);
  });
  const sorted = (m: Map<string, ReachGroup>) => [...m.values()].sort((a, b) => a.key.localeCompare(b.key));
  return { total: population.length, ...total, byDistrict: sorted(districts), bySection: sorted(sections) };
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
