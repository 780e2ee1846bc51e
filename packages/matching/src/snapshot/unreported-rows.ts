import type { RegistryColumns } from '../db-columns';
import type { FIGURE_FACTS } from '../fact-columns';
import type { RegistrySnapshot } from './registry-snapshot';

type FigureFact = (typeof FIGURE_FACTS)[string];

/**
 * The rows with an unreported figure among `facts` — the answer of `rowsWithUnreported` (a year
 * missing between two reported ones, or the fact's own column NaN in the year the fact reads) —
 * computed slot by slot over whole columns instead of fact by fact per row, and kept per snapshot
 * version and fact set: a preview and its what-ifs read the same facts, and on a registry that did
 * not change the answer is the same array.
 */
export function unreportedRows(snap: RegistrySnapshot, reg: RegistryColumns, facts: readonly FigureFact[]): Int32Array {
  if (facts.length === 0) return new Int32Array(0);
  const key = [...new Set(facts.map((f) => `${f.key}@${f.yearsBack}`))].sort().join(',');
  let byKey = cache.get(snap);
  if (!byKey || byKey.version !== snap.version || byKey.rows !== reg.columns.rowCount) {
    byKey = { version: snap.version, rows: reg.columns.rowCount, sets: new Map() };
    cache.set(snap, byKey);
  }
  const hit = byKey.sets.get(key);
  if (hit) return hit;
  const rows = scan(reg, facts);
  byKey.sets.set(key, rows);
  return rows;
}

const cache = new WeakMap<RegistrySnapshot, { version: number; rows: number; sets: Map<string, Int32Array> }>();

/**
 * Marks, per figure slot s and fact f, the rows whose latest reported year minus the fact's year
 * is s (so the fact reads slot s) and whose slot s is NaN in revenue or in the fact's column.
 * Equal to `rowsWithUnreported` row for row (its test compares them).
 */
export function scan(reg: RegistryColumns, facts: readonly FigureFact[]): Int32Array {
  const cols = reg.columns;
  const n = cols.rowCount;
  const mark = new Uint8Array(n);
  const latest = cols.figures[0]!.year;
  const count = cols.figureCount;
  for (const f of facts) {
    const want = reg.figureYear - f.yearsBack;
    for (let s = 0; s < cols.figures.length; s++) {
      const slot = cols.figures[s]!;
      const revenue = slot.revenueFen;
      const own = slot[f.key] as ArrayLike<number>;
      for (let i = 0; i < n; i++) {
        // The slot this fact reads is latest − want; it exists when below the row's count.
        if (latest[i]! - want !== s || s >= count[i]!) continue;
        const r = revenue[i]!;
        const v = own[i]!;
        if (r !== r || v !== v) mark[i] = 1;
      }
    }
  }
  let k = 0;
  for (let i = 0; i < n; i++) k += mark[i]!;
  const out = new Int32Array(k);
  for (let i = 0, j = 0; i < n; i++) if (mark[i]) out[j++] = i;
  return out;
}
