import { OUTCOME_ELIGIBLE, OUTCOME_INELIGIBLE_BASE, OUTCOME_UNKNOWN } from './outcome-code';
import { F, T, U } from './tri-state';

// Branch-free folding: the data decide the outcome bytes at random, so table look-ups beat branches.
/** The outcome after the first clause, by its truth value F, U, T: failing at clause 0, UNKNOWN, ELIGIBLE. */
const FIRST = Uint8Array.of(OUTCOME_INELIGIBLE_BASE, OUTCOME_UNKNOWN, OUTCOME_ELIGIBLE);
const foldTables: Uint8Array[] = [];

/** For condition k: next code = table[(code << 2) | truth]; a decided INELIGIBLE code never changes. */
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
  if (t.keep) return foldMasked(v, n, t, t.keep);
  const { out, len, hist, histBase: h } = t;
  const count = hist !== null;
  switch (n) {
    case 1: {
      const a = v[0]!;
      for (let i = 0; i < len; i++) {
        const c = FIRST[a[i]!]!;
        out[i] = c;
        if (count) hist![h + c]!++;
      }
      return;
    }
    case 2: {
      const a = v[0]!, b = v[1]!, t1 = foldTable(1);
      for (let i = 0; i < len; i++) {
        const c = t1[(FIRST[a[i]!]! << 2) | b[i]!]!;
        out[i] = c;
        if (count) hist![h + c]!++;
      }
      return;
    }
    case 3: {
      const a = v[0]!, b = v[1]!, d = v[2]!, t1 = foldTable(1), t2 = foldTable(2);
      for (let i = 0; i < len; i++) {
        const c = t2[(t1[(FIRST[a[i]!]! << 2) | b[i]!]! << 2) | d[i]!]!;
        out[i] = c;
        if (count) hist![h + c]!++;
      }
      return;
    }
    case 4: {
      const a = v[0]!, b = v[1]!, d = v[2]!, e = v[3]!, t1 = foldTable(1), t2 = foldTable(2), t3 = foldTable(3);
      for (let i = 0; i < len; i++) {
        const c = t3[(t2[(t1[(FIRST[a[i]!]! << 2) | b[i]!]! << 2) | d[i]!]! << 2) | e[i]!]!;
        out[i] = c;
        if (count) hist![h + c]!++;
      }
      return;
    }
    default:
      return foldGeneric(v, n, t, null);
  }
}

function foldMasked(v: readonly Uint8Array[], n: number, t: FoldTarget, keep: NonNullable<FoldTarget['keep']>): void {
  if (n > 3) return foldGeneric(v, n, t, keep);
  const { out, len, hist, histBase: h } = t;
  const count = hist !== null;
  const { mask, district, start } = keep;
  const a = v[0]!, b = n > 1 ? v[1]! : a, d = n > 2 ? v[2]! : a;
  // A missing second or third clause is replaced by the first one again: folding a clause twice changes nothing.
  const t1 = n > 1 ? foldTable(1) : foldTable(0), t2 = n > 2 ? foldTable(2) : t1;
  for (let i = 0; i < len; i++) {
    const c = t2[(t1[(FIRST[a[i]!]! << 2) | b[i]!]! << 2) | d[i]!]! & mask[district[start + i]!]!;
    out[i] = c;
    if (count) hist![h + c]!++;
  }
}

function foldGeneric(v: readonly Uint8Array[], n: number, t: FoldTarget, keep: FoldTarget['keep']): void {
  const { out, len, hist, histBase: h } = t;
  const a = v[0]!;
  for (let i = 0; i < len; i++) out[i] = FIRST[a[i]!]!;
  for (let k = 1; k < n; k++) {
    const x = v[k]!, table = foldTable(k);
    for (let i = 0; i < len; i++) out[i] = table[(out[i]! << 2) | x[i]!]!;
  }
  if (keep) for (let i = 0; i < len; i++) out[i]! &= keep.mask[keep.district[keep.start + i]!]!;
  if (hist) for (let i = 0; i < len; i++) hist[h + out[i]!]!++;
}
