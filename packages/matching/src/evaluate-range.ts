import { createContext, evaluatePolicy, type Facts, type Plan } from '@huiqi/rules-engine';
import { factsAt, tagRemap } from './fact-columns';
import type { Chunk } from './kernel/chunk';
import type { MatchPlan } from './match-plan';
import { foldClauses } from './fold-outcomes';
import { allocColumns, gatherInto } from './gather-columns';
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
 * Rows of one window of the range, grouped by district (stable counting sort): the rows of
 * district d are `rows[groupStart[d]] … rows[groupStart[d + 1] − 1]`.
 */
interface DistrictGroups {
  rows: Uint32Array;
  groupStart: Uint32Array;
}

function groupByDistrict(district: ArrayLike<number>, from: number, to: number, districts: number, g: DistrictGroups): void {
  const start = g.groupStart;
  start.fill(0);
  for (let r = from; r < to; r++) start[district[r]! + 1]!++;
  for (let d = 0; d < districts; d++) start[d + 1]! += start[d]!;
  const next = start.slice(0, districts);
  for (let r = from; r < to; r++) g.rows[next[district[r]!]!++] = r;
}

/**
 * Rows per window when chunks are district-clustered: the outcome codes of a window (rows × policies
 * bytes, 6.5 MB for 400 policies) can stay in the shared cache while each district's chunks scatter
 * into them. (On one thread, windows from 4 096 to 262 144 rows measured the same.)
 */
export const CLUSTER_WINDOW = 16_384;

/**
 * Evaluates every policy of the plan over every row of the columns, chunk by chunk: each clause
 * kernel runs once per chunk, and the outcome code (status and first failing clause) of each
 * enterprise × policy is folded in clause by clause.
 *
 * When some policy is in force in some districts only, the rows of each window of
 * `CLUSTER_WINDOW` are grouped by district and every chunk holds one district's rows (gathered
 * into chunk columns): a policy not in force there costs nothing for that chunk (its codes stay
 * NOT_IN_FORCE, 0), and the codes of the others are scattered back to their rows. Row order in
 * the population does not matter.
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
  const districts = plan.districtJurisdictions.length;
  const clustered = districts > 1 && plan.policies.some((k) => k.partial && !k.nowhere);
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
  // Clustered chunks: the range rows of the chunk (`rows[at + i]` is chunk row i), their district, and a code buffer.
  let rows: Uint32Array | null = null;
  let at = 0;
  let chunkDistrict = -1;
  const rowOf = (i: number) => (rows ? rows[at + i]! : chunk.start + i);
  const local = new Uint8Array(clustered ? size : 0);

  const evaluateChunk = (start: number, len: number) => {
    chunk.len = len;
    chunk.stamp = ++stamps;
    rowCtx = rowCtx.size ? new Map() : rowCtx;
    const district = chunk.cols.district;
    for (let p = 0; p < P; p++) {
      const k = plan.policies[p]!;
      if (!k.version || k.nowhere || (rows && !k.inForce[chunkDistrict])) {
        // Clustered: the codes are NOT_IN_FORCE (0) already.
        if (!rows) codes.fill(OUTCOME_NOT_IN_FORCE, p * n + start, p * n + start + len);
        if (counting) hist[p * 256 + OUTCOME_NOT_IN_FORCE]! += len;
        continue;
      }
      const out = rows ? local.subarray(0, len) : codes.subarray(p * n + start, p * n + start + len);
      // Row by row only in unclustered chunks, where districts are mixed.
      const mixed = !rows && k.partial;
      if (k.clauses === null) {
        const version = k.version;
        for (let i = 0; i < len; i++) {
          if (mixed && !k.inForce[district[chunk.start + i]!]) {
            out[i] = OUTCOME_NOT_IN_FORCE;
            continue;
          }
          const e = ctxOf(rowOf(i));
          const ev = evaluatePolicy(plan.rb, k.policy, e.facts, { date: plan.date, jurisdiction: e.jurisdiction }, e.ctx);
          out[i] = encodeOutcome(ev.status, ev.firstFailingClause ? version.conditions.findIndex((c) => c.id === ev.firstFailingClause) : 0);
        }
        if (counting) tally(hist, p * 256, out, len);
      } else if (k.clauses.length === 0) {
        out.fill(OUTCOME_ELIGIBLE);
        if (mixed) for (let i = 0; i < len; i++) out[i]! &= k.keepMask[district[chunk.start + i]!]!;
        if (counting) tally(hist, p * 256, out, len);
      } else {
        const nc = k.clauses.length;
        for (let ci = 0; ci < nc; ci++) {
          chunk.suspects.length = 0;
          const v = k.clauses[ci]!.run(chunk);
          if (chunk.suspects.length) exactRechecks += recheck(chunk, v, k.version.conditions[ci]!.plan, ctxOf, rowOf);
          vectors[ci] = v;
        }
        // 0xff where in force, 0 (NOT_IN_FORCE) elsewhere, folded in the same pass.
        const keep = mixed ? { mask: k.keepMask, district, start: chunk.start } : null;
        foldClauses(vectors, nc, { out, len, hist: counting ? hist : null, histBase: p * 256, keep });
      }
      if (rows) scatter(out, rows, at, len, codes, p * n);
    }
  };

  if (!clustered) {
    for (let start = 0; start < n; start += size) {
      chunk.start = start;
      evaluateChunk(start, Math.min(size, n - start));
    }
  } else {
    if (into) codes.fill(OUTCOME_NOT_IN_FORCE, 0, n * P);
    const window = Math.min(n, Math.max(size, CLUSTER_WINDOW));
    const groups: DistrictGroups = { rows: new Uint32Array(window), groupStart: new Uint32Array(districts + 1) };
    const chunkCols = allocColumns(cols, size);
    rows = groups.rows;
    chunk.cols = chunkCols;
    chunk.start = 0;
    for (let w = 0; w < n; w += window) {
      groupByDistrict(cols.district, w, Math.min(n, w + window), districts, groups);
      for (let d = 0; d < districts; d++) {
        chunkDistrict = d;
        const end = groups.groupStart[d + 1]!;
        for (at = groups.groupStart[d]!; at < end; at += size) {
          const len = Math.min(size, end - at);
          gatherInto(cols, rows, at, len, chunkCols);
          evaluateChunk(0, len);
        }
      }
    }
  }
  if (counting) for (let p = 0; p < P; p++) for (let code = 0; code < 256; code++) counts[p * 4 + statusIndex(code)]! += hist[p * 256 + code]!;
  return { codes, counts, exactRechecks };
}

/** Writes chunk codes back to the policy's rows: `codes[base + rows[at + i]] = out[i]`. */
function scatter(out: Uint8Array, rows: Uint32Array, at: number, len: number, codes: Uint8Array, base: number): void {
  for (let i = 0; i < len; i++) codes[base + rows[at + i]!] = out[i]!;
}

function tally(hist: Uint32Array, base: number, out: Uint8Array, len: number): void {
  for (let i = 0; i < len; i++) hist[base + out[i]!]!++;
}

/**
 * Replaces the clause value of each suspect row by the rules engine's exact evaluation of the
 * same condition (its compiled closure). The clause buffer is corrected in place: the exact value
 * is the true value of that node for that row, whoever else reads it in this chunk.
 */
function recheck(chunk: Chunk, v: Uint8Array, plan: Plan, ctxOf: (r: number) => { ctx: ReturnType<typeof createContext> }, rowOf: (i: number) => number): number {
  const fixed = new Set<number>();
  for (const i of chunk.suspects) {
    if (fixed.has(i)) continue;
    const e = ctxOf(rowOf(i));
    const mark = e.ctx.missing.length;
    v[i] = triOf(plan(e.ctx));
    e.ctx.missing.length = mark;
    fixed.add(i);
  }
  return fixed.size;
}
