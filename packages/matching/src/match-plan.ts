import type { PlainDate } from '@huiqi/kernel';
import type { PolicyDef, PolicyVersion, RuleBase } from '@huiqi/rules-engine';
import type { ColumnarMeta } from '@huiqi/testing';
import { districtJurisdictions } from './district-jurisdictions';
import { figureYearOn } from './figure-year';
import { Unsupported, type KNode } from './kernel/chunk';
import { compileNode, type KernelEnv } from './kernel/compile-node';
import { Interner } from './kernel/interner';
import { MAX_CONDITIONS } from './outcome-code';
import { versionOn } from './policy-version';

export const DEFAULT_CHUNK_SIZE = 4096;

/** One policy compiled for a run: its version on the date, where it is in force, its clause kernels. */
export interface PolicyKernel {
  policy: PolicyDef;
  version: PolicyVersion | null;
  /** Per district of the population dictionary: 1 when the policy is in force there. */
  inForce: Uint8Array;
  /** Per district: 0xff where in force, 0 elsewhere (masks outcome codes to NOT_IN_FORCE). */
  keepMask: Uint8Array;
  /** In force in some districts only / in none. */
  partial: boolean;
  nowhere: boolean;
  /** One kernel per condition, in order; null when the policy falls back to the row-wise closures. */
  clauses: Extract<KNode, { kind: 'bool' }>[] | null;
  /** Why the kernel compiler could not handle a condition (the policy is then evaluated row by row). */
  fallbackReason: string | null;
}

/** Everything a batch run evaluates: compiled once per (policy versions, date, population dictionaries). */
export interface MatchPlan {
  rb: RuleBase;
  date: PlainDate;
  figureYear: number;
  meta: ColumnarMeta;
  env: KernelEnv;
  districtJurisdictions: readonly string[];
  /** Districts of the population the rules' jurisdiction tree does not know (matched at city level). */
  unmappedDistricts: readonly string[];
  policies: PolicyKernel[];
  /** How many policies run on the row-wise fallback. */
  fallbackCount: number;
}

export interface MatchPlanOptions {
  date: PlainDate;
  /** Fiscal year of the "prior year" figures; default the year before `date`. */
  figureYear?: number;
  chunkSize?: number;
}

/**
 * Compiles the checked trees of every condition of every policy's version in force on the date
 * into columnar kernels (parameters resolved once per district jurisdiction).
 */
export function compileMatchPlan(rb: RuleBase, policies: readonly PolicyDef[], meta: ColumnarMeta, opts: MatchPlanOptions): MatchPlan {
  const { ids, unmapped } = districtJurisdictions(rb, meta);
  const figureYear = opts.figureYear ?? figureYearOn(opts.date);
  const env: KernelEnv = {
    rb,
    date: opts.date,
    figureYear,
    meta,
    districtJurisdictions: ids,
    chunkSize: opts.chunkSize ?? DEFAULT_CHUNK_SIZE,
    interner: new Interner(),
    cache: new Map(),
  };
  let fallbackCount = 0;
  const kernels = policies.map((policy): PolicyKernel => {
    const version = versionOn(policy, opts.date);
    const inForce = Uint8Array.from(ids, (j) => (version && rb.jurisdictions.within(j, policy.jurisdiction) ? 1 : 0));
    const where = { inForce, keepMask: inForce.map((x) => (x ? 0xff : 0)), partial: !inForce.every((x) => x), nowhere: !inForce.some((x) => x) };
    if (!version || where.nowhere) return { policy, version, ...where, clauses: [], fallbackReason: null };
    if (version.conditions.length > MAX_CONDITIONS) throw new RangeError(`政策 ${policy.id} 条件过多 / policy ${policy.id} has more than ${MAX_CONDITIONS} conditions`);
    try {
      const clauses = version.conditions.map((c) => {
        const k = compileNode(c.node, env);
        if (k.kind !== 'bool') throw new Unsupported(`condition ${c.id} is not boolean`);
        return k;
      });
      return { policy, version, ...where, clauses, fallbackReason: null };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      fallbackCount++;
      return { policy, version, ...where, clauses: null, fallbackReason: e.message };
    }
  });
  return { rb, date: opts.date, figureYear, meta, env, districtJurisdictions: ids, unmappedDistricts: unmapped, policies: kernels, fallbackCount };
}
