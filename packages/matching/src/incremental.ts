import type { PlainDate } from '@huiqi/kernel';
import { createContext, evaluatePolicy, type Facts, type PolicyDef, type PolicyEvaluation, type RuleBase } from '@huiqi/rules-engine';
import { evaluateRange } from './evaluate-range';
import { compileMatchPlan, type MatchPlanOptions } from './match-plan';
import { encodeOutcome, OUTCOME_ELIGIBLE, OUTCOME_UNKNOWN } from './outcome-code';
import type { PopulationColumns } from './population-columns';

export interface EnterpriseMatch {
  policyIds: string[];
  /** Outcome code per policy, in `policyIds` order. */
  codes: Uint8Array;
  evaluations: PolicyEvaluation[];
}

/**
 * One enterprise against every policy (default: all of the rule base), through the rules
 * engine's single-enterprise path with one shared context: the profile-change path.
 */
export function matchEnterprise(rb: RuleBase, facts: Facts, opts: { date: PlainDate; jurisdiction: string; explain?: boolean }, policies: readonly PolicyDef[] = [...rb.policies.values()]): EnterpriseMatch {
  const ctx = createContext(rb, facts, opts.date, opts.jurisdiction);
  const codes = new Uint8Array(policies.length);
  const evaluations = policies.map((p, i) => {
    const ev = evaluatePolicy(rb, p, facts, opts, ctx);
    const version = ev.firstFailingClause ? p.versions.find((v) => v.from === ev.version?.from) : undefined;
    codes[i] = encodeOutcome(ev.status, version ? version.conditions.findIndex((c) => c.id === ev.firstFailingClause) : 0);
    return ev;
  });
  return { policyIds: policies.map((p) => p.id), codes, evaluations };
}

/** One newly published policy against a population range: the publication path. Codes per row. */
export function matchPolicy(rb: RuleBase, policy: PolicyDef, cols: PopulationColumns, opts: MatchPlanOptions): Uint8Array {
  const plan = compileMatchPlan(rb, [policy], cols.meta, opts);
  return evaluateRange(plan, cols).codes;
}

export interface OutcomeDiff {
  /** Indices now ELIGIBLE that were not before: queue an eligibility notice. */
  newlyEligible: number[];
  /** Indices now UNKNOWN that were not before: queue a "needs X" notice. */
  newlyUnknown: number[];
  /** Indices ELIGIBLE before and not now (for the notice step to withdraw or annotate). */
  noLongerEligible: number[];
}

/**
 * Compares two outcome arrays index by index (rows of one policy, or policies of one enterprise).
 * `before` null means nothing was known: every ELIGIBLE and UNKNOWN is new.
 */
export function diffOutcomes(before: Uint8Array | null, after: Uint8Array): OutcomeDiff {
  if (before && before.length !== after.length) throw new RangeError(`结果长度不一致 / outcome arrays differ in length: ${before.length} vs ${after.length}`);
  const d: OutcomeDiff = { newlyEligible: [], newlyUnknown: [], noLongerEligible: [] };
  for (let i = 0; i < after.length; i++) {
    const a = after[i]!;
    const b = before ? before[i]! : -1;
    if (a === OUTCOME_ELIGIBLE && b !== OUTCOME_ELIGIBLE) d.newlyEligible.push(i);
    else if (a === OUTCOME_UNKNOWN && b !== OUTCOME_UNKNOWN) d.newlyUnknown.push(i);
    if (b === OUTCOME_ELIGIBLE && a !== OUTCOME_ELIGIBLE) d.noLongerEligible.push(i);
  }
  return d;
}
