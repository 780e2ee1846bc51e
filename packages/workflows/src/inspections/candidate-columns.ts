import { err, ok, type Result } from '@huiqi/kernel';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * Draw candidates as columns (the shape of the registry snapshot, not one object per enterprise):
 * key i is the UTF-8 text `keyBytes[keyOffsets[i] .. keyOffsets[i + 1])` (a USCC), its stratum
 * `strata[stratumOf[i]]`. A row whose stratum number is `strata.length` or more is not a candidate
 * (a removed or filtered-out row of a snapshot), so a snapshot's key buffer is used without copying.
 * Keys of candidates must be distinct (the registry's are; `columnsOfCandidates` checks lists).
 */
export interface CandidateColumns {
  count: number;
  keyBytes: Uint8Array;
  /** count + 1 offsets into keyBytes. */
  keyOffsets: Uint32Array;
  stratumOf: Uint8Array | Uint16Array | Uint32Array;
  strata: readonly string[];
}

/** Offsets of `count` keys of one width laid end to end (the snapshot's 18-byte USCC buffer). */
export function fixedWidthOffsets(count: number, width: number): Uint32Array {
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i <= count; i++) offsets[i] = i * width;
  return offsets;
}

const encoder = new TextEncoder();

/**
 * A list of `{uscc, stratum}` as columns, strata numbered by first appearance. Refused: an empty
 * USCC or stratum (naming the candidate's number) and a USCC listed twice (naming both numbers).
 */
export function columnsOfCandidates(candidates: readonly { uscc: string; stratum: string }[]): Result<CandidateColumns, InspectionError[]> {
  const n = candidates.length;
  const strataIds = new Map<string, number>();
  const strata: string[] = [];
  const stratumOf = new Uint32Array(n);
  const keyOffsets = new Uint32Array(n + 1);
  let keyBytes = new Uint8Array(Math.max(64, n * 18));
  const firstAt = new Map<string, number>();
  const errors: InspectionError[] = [];
  let used = 0;
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    keyOffsets[i] = used;
    if (typeof c.uscc !== 'string' || c.uscc.length === 0 || typeof c.stratum !== 'string' || c.stratum.length === 0) {
      errors.push(inspectionError('CANDIDATE_INVALID', `第 ${i + 1} 个候选对象缺少统一社会信用代码或层级`, `candidate ${i + 1} lacks a USCC or a stratum`, { index: i }));
      if (errors.length >= 20) return err(errors);
      continue;
    }
    const earlier = firstAt.get(c.uscc);
    if (earlier !== undefined) {
      errors.push(
        inspectionError('CANDIDATE_DUPLICATE', `统一社会信用代码 ${c.uscc} 在候选名单中出现了两次（第 ${earlier + 1} 和第 ${i + 1} 个）`, `USCC ${c.uscc} appears twice among the candidates (numbers ${earlier + 1} and ${i + 1})`, {
          uscc: c.uscc,
          indexes: [earlier, i],
        }),
      );
      if (errors.length >= 20) return err(errors);
      continue;
    }
    firstAt.set(c.uscc, i);
    let id = strataIds.get(c.stratum);
    if (id === undefined) {
      id = strata.length;
      strataIds.set(c.stratum, id);
      strata.push(c.stratum);
    }
    stratumOf[i] = id;
    if (used + c.uscc.length * 3 > keyBytes.length) {
      const grown = new Uint8Array(Math.max(keyBytes.length * 2, used + c.uscc.length * 3));
      grown.set(keyBytes.subarray(0, used));
      keyBytes = grown;
    }
    used += encoder.encodeInto(c.uscc, keyBytes.subarray(used)).written;
  }
  keyOffsets[n] = used;
  if (errors.length > 0) return err(errors);
  return ok({ count: n, keyBytes, keyOffsets, stratumOf, strata });
}
