import type { PopulationColumns } from '../population-columns';

/** Rows evaluated together; every kernel node works on `len` rows starting at `start`. */
export interface Chunk {
  cols: PopulationColumns;
  start: number;
  len: number;
  /** Changes for every chunk: memoised node results are valid while it is unchanged. */
  stamp: number;
  /**
   * Row offsets (within the chunk) where a float comparison or rounding was too close to call;
   * the clause is re-evaluated exactly, row by row, for those rows.
   */
  suspects: number[];
}

export type BoolVec = Uint8Array;
export type NumVec = Float64Array;
export type StrVec = Int32Array;
export type TagVec = Uint32Array;

/** A compiled node: a function of the chunk returning its (reused) output buffer. */
export type KNode =
  | { kind: 'bool'; run: (c: Chunk) => BoolVec }
  | { kind: 'num'; run: (c: Chunk) => NumVec; integral: boolean; scalar?: number }
  | { kind: 'str'; run: (c: Chunk) => StrVec; scalar?: number }
  | { kind: 'tags'; run: (c: Chunk) => TagVec }
  | { kind: 'list'; strings?: readonly string[]; numbers?: readonly number[]; exactNumbers: boolean };

export class Unsupported extends Error {}

const EMPTY: number[] = [];

/** Wraps a computation so it runs once per chunk; suspects it raised are replayed on reuse. */
export function memo<V>(compute: (c: Chunk) => V): (c: Chunk) => V {
  let at = -1;
  let value: V;
  let raised: number[] = EMPTY;
  return (c) => {
    if (at === c.stamp) {
      if (raised.length) for (const r of raised) c.suspects.push(r);
      return value;
    }
    const mark = c.suspects.length;
    value = compute(c);
    at = c.stamp;
    raised = c.suspects.length > mark ? c.suspects.slice(mark) : EMPTY;
    return value;
  };
}
