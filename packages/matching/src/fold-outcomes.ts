import { OUTCOME_ELIGIBLE, OUTCOME_INELIGIBLE_BASE, OUTCOME_UNKNOWN } from './outcome-code';
import { F, T, U } from './tri-state';

// Branch-free folding: the data decide the outcome bytes at random, so table look-ups beat branches.

/** Clauses folded by one look-up: the truth values of 5 clauses, 2 bits each, index a table of 1 024 codes. */
export const JOINT_CLAUSES = 5;

const jointTables: Uint8Array[] = [];

/**
 * For n ≤ JOINT_CLAUSES clauses: the outcome code at index Σ truthₖ << 2k — INELIGIBLE at the first
 * false clause, else UNKNOWN when a clause is unknown, else ELIGIBLE. One look-up per row instead of
 * one per clause, and the index is computed from independent loads.
 */
function jointTable(n: number): Uint8Array {
  let t = jointTables[n];
  if (!t) {
    t = new Uint8Array(1 << (2 * n));
    for (let idx = 0; idx < t.length; idx++) {
      let code: number = OUTCOME_ELIGIBLE;
      for (let k = 0; k < n; k++) {
        const truth = (idx >> (2 * k)) & 3;
        if (truth === F) {
          code = OUTCOME_INELIGIBLE_BASE + k;
          break;
        }
        if (truth === U) code = OUTCOME_UNKNOWN;
      }
      t[idx] = code;
    }
    jointTables[n] = t;
  }
  return t;
}

const foldTables: Uint8Array[] = [];

/** For condition k beyond the joint ones: next code = table[(code << 2) | truth]; a decided INELIGIBLE code never changes. */
function foldTable(k: number): Uint8Array {
  let t = foldTables[k];
  if (!t) {
    t = new Uint8Array(256 * 4);
    for (let o = 0; o < 256; o++) {
      t[(o << 2) | F] = o >= OUTCOME_INELIGIBLE_BASE ? o : OUTCOME_INELIGIBLE_BASE + k;
      t[(o << 2) | U] = o >= OUTCOME_INELIGIBLE_BASE ? o : OUTCOME_UNKNOWN;
      t[(o << 2) | T] = o;
      t[(o << 2) | 3] = o;
    }
    foldTables[k] = t;
  }
  return t;
}

/** Where the fused loop writes: the policy's outcome bytes for the chunk, its code histogram, and the in-force mask. */
export interface FoldTarget {
  out: Uint8Array;
  len: number;
  /** 256 counters per policy; the loop adds each row's code at `histBase + code` (null: codes only, no tally). */
  hist: Uint32Array | null;
  histBase: number;
  /** When the policy is in force in some districts only: 0xff / 0 per district, and the chunk's district codes. */
  keep: { mask: Uint8Array; district: Uint16Array | Uint8Array | Int32Array | Uint32Array; start: number } | null;
}

/**
 * Folds the truth vectors of a policy's clauses (in the version's order) into outcome codes —
 * ELIGIBLE, UNKNOWN, or INELIGIBLE at the first false clause — in ONE pass over the chunk, which
 * also masks rows where the policy is not in force and tallies the codes. (One pass per clause
 * plus one to tally and one to mask was the main cost with hundreds of policies.)
 */
export function foldClauses(v: readonly Uint8Array[], n: number, t: FoldTarget): void {
  if (n > JOINT_CLAUSES) return foldGeneric(v, n, t);
  if (t.keep) return foldMasked(v, n, t, t.keep);
  const { out, len, hist, histBase: h } = t;
  const table = jointTable(n);
  // One loop per clause count: each loads only its own clauses' bytes.
  const a = v[0]!, b = v[1]!, c = v[2]!, d = v[3]!, e = v[4]!;
  switch (n) {
    case 1:
      for (let i = 0; i < len; i++) {
        const code = table[a[i]!]!;
        out[i] = code;
        if (hist) hist[h + code]!++;
      }
      return;
    case 2:
      for (let i = 0; i < len; i++) {
        const code = table[a[i]! | (b[i]! << 2)]!;
        out[i] = code;
        if (hist) hist[h + code]!++;
      }
      return;
    case 3:
      for (let i = 0; i < len; i++) {
        const code = table[a[i]! | (b[i]! << 2) | (c[i]! << 4)]!;
        out[i] = code;
        if (hist) hist[h + code]!++;
      }
      return;
    case 4:
      for (let i = 0; i < len; i++) {
        const code = table[a[i]! | (b[i]! << 2) | (c[i]! << 4) | (d[i]! << 6)]!;
        out[i] = code;
        if (hist) hist[h + code]!++;
      }
      return;
    default:
      for (let i = 0; i < len; i++) {
        const code = table[a[i]! | (b[i]! << 2) | (c[i]! << 4) | (d[i]! << 6) | (e[i]! << 8)]!;
        out[i] = code;
        if (hist) hist[h + code]!++;
      }
  }
}

/** Rows of several districts in the chunk, the policy in force in some: codes of the others masked to NOT_IN_FORCE. */
function foldMasked(v: readonly Uint8Array[], n: number, t: FoldTarget, keep: NonNullable<FoldTarget['keep']>): void {
  const { out, len, hist, histBase: h } = t;
  const table = jointTable(n);
  const { mask, district, start } = keep;
  // Absent clauses: the first one again, its bits masked off.
  const a = v[0]!, b = v[n > 1 ? 1 : 0]!, c = v[n > 2 ? 2 : 0]!, d = v[n > 3 ? 3 : 0]!, e = v[n > 4 ? 4 : 0]!;
  const mb = n > 1 ? 3 : 0, mc = n > 2 ? 3 : 0, md = n > 3 ? 3 : 0, me = n > 4 ? 3 : 0;
  for (let i = 0; i < len; i++) {
    const code = table[a[i]! | ((b[i]! & mb) << 2) | ((c[i]! & mc) << 4) | ((d[i]! & md) << 6) | ((e[i]! & me) << 8)]! & mask[district[start + i]!]!;
    out[i] = code;
    if (hist) hist[h + code]!++;
  }
}

/** More clauses than one look-up covers: the first JOINT_CLAUSES jointly, then one table step per clause. */
function foldGeneric(v: readonly Uint8Array[], n: number, t: FoldTarget): void {
  const { out, len, hist, histBase: h, keep } = t;
  foldClauses(v, JOINT_CLAUSES, { out, len, hist: null, histBase: 0, keep: null });
  for (let k = JOINT_CLAUSES; k < n; k++) {
    const x = v[k]!, table = foldTable(k);
    for (let i = 0; i < len; i++) out[i] = table[(out[i]! << 2) | x[i]!]!;
  }
  if (keep) for (let i = 0; i < len; i++) out[i]! &= keep.mask[keep.district[keep.start + i]!]!;
  if (hist) for (let i = 0; i < len; i++) hist[h + out[i]!]!++;
}
