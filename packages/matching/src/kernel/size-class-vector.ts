import { SIZE_CLASSES, type PlainDate, type SizeClass } from '@huiqi/kernel';
import { sectorOfIndustry, sizeStandardOn, type RuleBase } from '@huiqi/rules-engine';
import type { ColumnarMeta } from '@huiqi/testing';

type Indicator = 'employees' | 'revenue' | 'totalAssets';
/** The classes with lower bounds in the standard's table (micro is what is left). */
type BoundedClass = Exclude<SizeClass, 'micro'>;
const CLASSES: readonly BoundedClass[] = SIZE_CLASSES.filter((c): c is BoundedClass => c !== 'micro');

/**
 * A columnar form of the size standard's decision table (the rule `classifySize` applies to one
 * enterprise): per industry in the dictionary the sector's bounds, then per row the first class
 * whose every listed lower bound is met (UNKNOWN when a missing indicator could decide it), else
 * micro. Codes: 0 large, 1 medium, 2 small, 3 micro, 4 unclassified, −1 UNKNOWN.
 * Returns null when the standard cannot be tabulated (no version on the date, or a bound that is
 * not a whole number of fen or people); the caller then classifies row by row.
 */
export interface SizeTable {
  /** Per industry dictionary index: −1 unknown (no sector / malformed), −2 outside the standard, else a row index. */
  rowOfIndustry: Int32Array;
  /** Per row index: indicators mask (1 employees, 2 revenue, 4 totalAssets) and bounds [class][indicator]. */
  masks: Uint8Array;
  bounds: Float64Array;
}

/** Code → size: the kernel's size classes in their order, then the rules language's `unclassified`. */
export const SIZE_CODES = [...SIZE_CLASSES, 'unclassified'] as const;
const IND: readonly Indicator[] = ['employees', 'revenue', 'totalAssets'];

export function buildSizeTable(rb: RuleBase, meta: ColumnarMeta, date: PlainDate): SizeTable | null {
  const std = sizeStandardOn(rb.sizeStandard, date);
  if (!std) return null;
  const sectors = [...std.rows.keys()];
  const masks = new Uint8Array(sectors.length);
  const bounds = new Float64Array(sectors.length * 9);
  for (let s = 0; s < sectors.length; s++) {
    const row = std.rows.get(sectors[s]!)!;
    for (let k = 0; k < 3; k++) {
      const ind = IND[k]!;
      if (!row.indicators.includes(ind)) continue;
      masks[s]! |= 1 << k;
      for (let c = 0; c < 3; c++) {
        const b = row[CLASSES[c]!][ind];
        if (typeof b !== 'number') return null;
        bounds[s * 9 + c * 3 + k] = b;
      }
    }
  }
  const rowOfIndustry = new Int32Array(meta.dictionaries.industryCode.length);
  meta.dictionaries.industryCode.forEach((code, i) => {
    const m = sectorOfIndustry(rb.industryMap, code);
    rowOfIndustry[i] = !m.ok ? -1 : m.value.kind === 'NOT_CLASSIFIED' ? -2 : sectors.indexOf(m.value.sector);
  });
  return { rowOfIndustry, masks, bounds };
}

/** Classifies `n` rows: indicator values NaN when unknown. Writes size codes into `out`. */
export function classifyRows(t: SizeTable, industry: Uint16Array, start: number, n: number, employees: Float64Array, revenue: Float64Array, assets: Float64Array, out: Int32Array): void {
  const { rowOfIndustry, masks, bounds } = t;
  for (let i = 0; i < n; i++) {
    const s = rowOfIndustry[industry[start + i]!]!;
    if (s < 0) {
      out[i] = s === -2 ? 4 : -1;
      continue;
    }
    const mask = masks[s]!;
    const e = employees[i]!;
    const r = revenue[i]!;
    const a = assets[i]!;
    if (e < 0 || r < 0 || a < 0) {
      out[i] = -1; // negative figures are an error for the classifier: UNKNOWN
      continue;
    }
    let code = 3;
    for (let c = 0; c < 3; c++) {
      const base = s * 9 + c * 3;
      let short = false;
      let missing = false;
      if (mask & 1) {
        if (e !== e) missing = true;
        else if (e < bounds[base]!) short = true;
      }
      if (mask & 2) {
        if (r !== r) missing = true;
        else if (r < bounds[base + 1]!) short = true;
      }
      if (mask & 4) {
        if (a !== a) missing = true;
        else if (a < bounds[base + 2]!) short = true;
      }
      if (short) continue;
      code = missing ? -1 : c;
      break;
    }
    out[i] = code;
  }
}
