import { FIGURE_FIELDS, type FigureColumns } from '@huiqi/testing';
import type { PopulationColumns } from './population-columns';

type Column = Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

const same = <A extends Column>(a: A, n: number): A => new (a.constructor as new (n: number) => A)(n);

/** Empty columns shaped like `cols` (same array types, same figure slots), room for `capacity` rows. */
export function allocColumns(cols: PopulationColumns, capacity: number): PopulationColumns {
  return {
    from: 0,
    rowCount: capacity,
    meta: { ...cols.meta, rowCount: capacity },
    registrationDay: same(cols.registrationDay, capacity),
    district: same(cols.district, capacity),
    industry: same(cols.industry, capacity),
    flags: same(cols.flags, capacity),
    tags: same(cols.tags, capacity),
    figureCount: same(cols.figureCount, capacity),
    figures: cols.figures.map((f) => {
      const g = {} as Record<keyof FigureColumns, Column>;
      for (const { key } of FIGURE_FIELDS) g[key] = same(f[key], capacity);
      return g as FigureColumns;
    }),
  };
}

// One copy loop per array type: a loop shared by all six would read and write every element through
// the slow generic path (V8 specialises element access per call site and array type).
function pickU8(src: Uint8Array, dst: Uint8Array, rows: ArrayLike<number>, at: number, len: number): void {
  for (let k = 0; k < len; k++) dst[k] = src[rows[at + k]!]!;
}
function pickU16(src: Uint16Array, dst: Uint16Array, rows: ArrayLike<number>, at: number, len: number): void {
  for (let k = 0; k < len; k++) dst[k] = src[rows[at + k]!]!;
}
function pickI32(src: Int32Array, dst: Int32Array, rows: ArrayLike<number>, at: number, len: number): void {
  for (let k = 0; k < len; k++) dst[k] = src[rows[at + k]!]!;
}
function pickU32(src: Uint32Array, dst: Uint32Array, rows: ArrayLike<number>, at: number, len: number): void {
  for (let k = 0; k < len; k++) dst[k] = src[rows[at + k]!]!;
}
function pickI16(src: Int16Array, dst: Int16Array, rows: ArrayLike<number>, at: number, len: number): void {
  for (let k = 0; k < len; k++) dst[k] = src[rows[at + k]!]!;
}
function pickF64(src: Float64Array, dst: Float64Array, rows: ArrayLike<number>, at: number, len: number): void {
  for (let k = 0; k < len; k++) dst[k] = src[rows[at + k]!]!;
}

/**
 * Copies rows `rows[at] … rows[at + len − 1]` of `cols` to rows 0 … len − 1 of `into` (made by
 * `allocColumns` with room for them), and sets its row count to `len`.
 */
export function gatherInto(cols: PopulationColumns, rows: ArrayLike<number>, at: number, len: number, into: PopulationColumns): PopulationColumns {
  pickI32(cols.registrationDay, into.registrationDay, rows, at, len);
  pickU8(cols.district, into.district, rows, at, len);
  pickU16(cols.industry, into.industry, rows, at, len);
  pickU8(cols.flags, into.flags, rows, at, len);
  pickU32(cols.tags, into.tags, rows, at, len);
  pickU8(cols.figureCount, into.figureCount, rows, at, len);
  for (let s = 0; s < cols.figures.length; s++) {
    const f = cols.figures[s]!, g = into.figures[s]!;
    pickI16(f.year, g.year, rows, at, len);
    pickI32(f.employees, g.employees, rows, at, len);
    pickF64(f.revenueFen, g.revenueFen, rows, at, len);
    pickF64(f.totalAssetsFen, g.totalAssetsFen, rows, at, len);
    pickF64(f.rdExpenseFen, g.rdExpenseFen, rows, at, len);
    pickF64(f.mainBusinessRevenueFen, g.mainBusinessRevenueFen, rows, at, len);
  }
  into.rowCount = len;
  return into;
}

/** The given rows of `cols` as new columns (row k is `cols` row `rows[k]`). */
export function gatherRows(cols: PopulationColumns, rows: ArrayLike<number>): PopulationColumns {
  return gatherInto(cols, rows, 0, rows.length, allocColumns(cols, rows.length));
}
