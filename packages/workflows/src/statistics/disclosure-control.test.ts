import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivableCells, extendedGrid, publishedCsv, suppressLinkedTables, suppressTable, type PublishedTable, type StatTable } from './disclosure-control';

/**
 * Independent audit (exact integers, not the module's elimination): hidden cell j is recoverable
 * from the published grid iff its column of the additivity system is not in the span of the other
 * hidden cells' columns, i.e. rank(A) > rank(A without j).
 */
function rank(m: bigint[][]): number {
  const a = m.map((r) => r.slice());
  let rk = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < a.length; c++) {
    const p = a.findIndex((r, i) => i >= rk && r[c] !== 0n);
    if (p < 0) continue;
    [a[rk], a[p]] = [a[p]!, a[rk]!];
    for (let i = 0; i < a.length; i++) {
      if (i === rk || a[i]![c] === 0n) continue;
      const f = a[i]![c]!;
      const g = a[rk]![c]!;
      a[i] = a[i]!.map((x, k) => x * g - a[rk]![k]! * f);
    }
    rk++;
  }
  return rk;
}

function recoverable(p: PublishedTable): [number, number][] {
  const R = p.rowKeys.length;
  const C = p.colKeys.length;
  const hidden: [number, number][] = [];
  for (let r = 0; r <= R; r++) for (let c = 0; c <= C; c++) if (p.values[r]![c] === null) hidden.push([r, c]);
  const equations: [number, number, bigint][][] = [];
  for (let r = 0; r <= R; r++) equations.push([...Array.from({ length: C }, (_, c) => [r, c, 1n] as [number, number, bigint]), [r, C, -1n]]);
  for (let c = 0; c <= C; c++) equations.push([...Array.from({ length: R }, (_, r) => [r, c, 1n] as [number, number, bigint]), [R, c, -1n]]);
  const matrix = (vars: [number, number][]) => equations.map((eq) => vars.map(([r, c]) => eq.find(([er, ec]) => er === r && ec === c)?.[2] ?? 0n));
  const full = rank(matrix(hidden));
  return hidden.filter((_, j) => rank(matrix(hidden.filter((__, k) => k !== j))) < full);
}

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 2 }) },
  { weight: 6, arbitrary: fc.integer({ min: 3, max: 40 }) },
).chain((n) => fc.record({ contributors: fc.constant(n), value: fc.constant(n * 10), largest: n === 0 ? fc.constant(0) : fc.integer({ min: 10, max: 10 * n }) }));

const table = (rows: number, cols: number, magnitude: boolean, id = 't') =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map((cells): StatTable => ({
    id, rowKeys: cells.map((_, r) => `r${r}`), colKeys: Array.from({ length: cols }, (_, c) => `c${c}`), cells: magnitude ? cells : cells.map((row) => row.map((x) => ({ ...x, value: x.contributors, largest: x.contributors > 0 ? 1 : 0 }))), magnitude,
  }));

describe('disclosure control', () => {
  it('property: every primary-sensitive cell is hidden and no hidden cell is recoverable from the published ones', () => {
    const tables = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.boolean()).chain(([rows, cols, magnitude]) => table(rows, cols, magnitude));
    fc.assert(fc.property(tables, (t) => {
      const rows = t.rowKeys.length;
      const cols = t.colKeys.length;
      const magnitude = t.magnitude;
      const p = suppressTable(t);
      const g = extendedGrid(t);
      g.forEach((row, r) => row.forEach((x, c) => {
        if (x.contributors > 0 && x.contributors < 3) expect(p.values[r]![c]).toBeNull();
        if (magnitude && x.value > 0 && x.largest > 0.85 * x.value) expect(p.values[r]![c]).toBeNull();
        if (p.values[r]![c] !== null) expect(p.values[r]![c]).toBe(x.value);
      }));
      expect(recoverable(p)).toEqual([]);
      expect(derivableCells(rows, cols, p.values.map((row) => row.map((v) => v === null)))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('property: linked tables hide the same totals, and each is safe on its own (no breakdown reveals another\'s hidden cell)', () => {
    fc.assert(fc.property(table(5, 3, false, 'district'), table(4, 3, false, 'section'), (a, b) => {
      const sum = (t: StatTable, c: number) => t.cells.reduce((s, row) => s + row[c]!.value, 0);
      // Same population: make the column totals agree by topping up the last row of b.
      for (let c = 0; c < 3; c++) {
        const d = sum(a, c) - sum(b, c);
        const x = d >= 0 ? b.cells[3]![c]! : a.cells[4]![c]!;
        x.value += Math.abs(d);
        x.contributors += Math.abs(d);
        x.largest = x.contributors > 0 ? 1 : 0;
      }
      const [pa, pb] = suppressLinkedTables([a, b]);
      expect(pa!.values[5]!.map((v) => v === null)).toEqual(pb!.values[4]!.map((v) => v === null));
      expect(recoverable(pa!)).toEqual([]);
      expect(recoverable(pb!)).toEqual([]);
    }), { numRuns: 150 });
  });

  it('hides a lone small cell with a complement in its row and column, and the CSV shows x', () => {
    const mk = (n: number) => ({ value: n, contributors: n, largest: n > 0 ? 1 : 0 });
    const t: StatTable = { id: 'x', rowKeys: ['a', 'b'], colKeys: ['m', 's'], cells: [[mk(1), mk(10)], [mk(20), mk(30)]], magnitude: false };
    const p = suppressTable(t);
    expect(p.reasons[0]![0]).toBe('FEW');
    expect(p.values.flat().filter((v) => v === null).length).toBeGreaterThanOrEqual(4);
    const csv = publishedCsv(p, { rowHeader: '区', total: '合计' });
    expect(csv.split('\r\n')[1]).toMatch(/^a,x,x,/);
    expect(recoverable(p)).toEqual([]);
  });
});
