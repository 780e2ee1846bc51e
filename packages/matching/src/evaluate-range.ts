import { createContext, evaluatePolicy, type Facts, type Plan } from '@huiqi/rules-engine';
import { factsAt, tagRemap } from './fact-columns';
import type { Chunk } from './kernel/chunk';
import type { MatchPlan } from './match-plan';
import { foldClauses } from './fold-outcomes';
import { encodeOutcome, OUTCOME_ELIGIBLE, OUTCOME_NOT_IN_FORCE, statusIndex } from './outcome-code';
import type { PopulationColumns } from './population-columns';
import { triOf } from './tri-state';

let stamps = 0;

export interface RangeOutcomes {
  /** Outcome codes, policy-major: code of policy p for row i (0-based in the range) at p·rowCount + i. */
  codes: Uint8Array;
  /** Per policy: counts of NOT_IN_FORCE, ELIGIBLE, UNKNOWN, INELIGIBLE (4 per policy); zeros with `counts: false`. */
  counts: Float64Array;
  /** Rows re-evaluated exactly because a float comparison was too close to call. */
  exactRechecks: number;
}

/**
 * Evaluates every policy of the plan over every row of the columns, chunk by chunk: each clause
 * kernel runs once per chunk, and the outcome code (status and first failing clause) of each
 * enterprise × policy is folded in clause by clause.
 */
export function evaluateRange(plan: MatchPlan, cols: PopulationColumns, into?: Uint8Array, opts: { counts?: boolean } = {}): RangeOutcomes {
  const counting = opts.counts !== false;
  const n = cols.rowCount;
  const P = plan.policies.length;
  const codes = into ?? new Uint8Array(n * P);
  if (codes.length < n * P) throw new RangeError('outcome buffer too small');
  const counts = new Float64Array(P * 4);
  // Per policy a histogram of the 256 codes, tallied per chunk while its codes are in cache.
  const hist = new Uint32Array(counting ? P * 256 : 0);
  const vectors: Uint8Array[] = [];
  const size = plan.env.chunkSize;
  const remap = tagRemap(cols.meta);
  const chunk: Chunk = { cols, start: 0, len: 0, stamp: 0, suspects: [] };
  let exactRechecks = 0;
  // Row-wise contexts for exact rechecks and fallback policies, built on demand per chunk.
  let rowCtx = new Map<number, { facts: Facts; ctx: ReturnType<typeof createContext>; jurisdiction: string }>();
  const ctxOf = (r: number) => {
    let e = rowCtx.get(r);
    if (!e) {
      const facts = factsAt(cols, r, plan.figureYear, remap);
      const jurisdiction = plan.districtJurisdictions[cols.district[r]!]!;
      e = { facts, ctx: createContext(plan.rb, facts, plan.date, jurisdiction), jurisdiction };
      rowCtx.set(r, e);
    }
    return e;
  };
  for (let start = 0; start < n; start += size) {
    const len = Math.min(size, n - start);
    chunk.start = start;
    chunk.len = len;
    chunk.stamp = ++stamps;
    rowCtx = rowCtx.size ? new Map() : rowCtx;
    const district = cols.district;
    for (let p = 0; p < P; p++) {
      const k = plan.policies[p]!;
      const out = codes.subarray(p * n + start, p * n + start + len);
      if (!k.version || k.nowhere) {
        out.fill(OUTCOME_NOT_IN_FORCE);
        if (counting) hist[p * 256 + OUTCOME_NOT_IN_FORCE]! += len;
        continue;
      }
      if (k.clauses === null) {
        const version = k.version;
        for (let i = 0; i < len; i++) {
          const r = start + i;
          if (!k.inForce[district[r]!]) {
            out[i] = OUTCOME_NOT_IN_FORCE;
            continue;
          }
          const e = ctxOf(r);
          const ev = evaluatePolicy(plan.rb, k.policy, e.facts, { date: plan.date, jurisdiction: e.jurisdiction }, e.ctx);
          out[i] = encodeOutcome(ev.status, ev.firstFailingClause ? version.conditions.findIndex((c) => c.id === ev.firstFailingClause) : 0);
        }
        if (counting) tally(hist, p * 256, out, len);
        continue;
      }
      const nc = k.clauses.length;
      if (nc === 0) {
        out.fill(OUTCOME_ELIGIBLE);
        if (k.partial) for (let i = 0; i < len; i++) out[i]! &= k.keepMask[district[start + i]!]!;
        if (counting) tally(hist, p * 256, out, len);
        continue;
      }
      for (let ci = 0; ci < nc; ci++) {
        chunk.suspects.length = 0;
        const v = k.clauses[ci]!.run(chunk);
        if (chunk.suspects.length) exactRechecks += recheck(chunk, v, k.version.conditions[ci]!.plan, ctxOf);
        vectors[ci] = v;
      }
      // 0xff where in force, 0 (NOT_IN_FORCE) elsewhere, folded in the same pass.
      const keep = k.partial ? { mask: k.keepMask, district, start } : null;
      foldClauses(vectors, nc, { out, len, hist: counting ? hist : null, histBase: p * 256, keep });
    }
  }
  if (counting) for (let p = 0; p < P; p++) for (let code = 0; code < 256; code++) counts[p * 4 + statusIndex(code)]! += hist[p * 256 + code]!;
  return { codes, counts, exactRechecks };
}


function tally(hist: Uint32Array, base: number, out: Uint8Array, len: number): void {
  for (let i = 0; i < len; i++) hist[base + out[i]!]!++;
}

/**
 * Replaces the clause value of each suspect row by the rules engine's exact evaluation of the
 * same condition (its compiled closure). The clause buffer is corrected in place: the exact value
 * is the true value of that node for that row, whoever else reads it in this chunk.
 */
function recheck(chunk: Chunk, v: Uint8Array, plan: Plan, ctxOf: (r: number) => { ctx: ReturnType<typeof createContext> }): number {
  const fixed = new Set<number>();
  for (const i of chunk.suspects) {
    if (fixed.has(i)) continue;
    const e = ctxOf(chunk.start + i);
    const mark = e.ctx.missing.length;
    v[i] = triOf(plan(e.ctx));
    e.ctx.missing.length = mark;
    fixed.add(i);
  }
  return fixed.size;
}
