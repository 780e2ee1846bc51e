/**
 * Statistical disclosure control of published tables (统计法 第二十八条: data that identify or let
 * one infer a single respondent are not disclosed).
 *
 * A table is R rows × C columns with its row totals, column totals and grand total: the extended
 * grid (R+1) × (C+1), row R and column C being the totals. Primary suppression hides a cell that
 * covers 1 or 2 enterprises (fewer than `minContributors`), or — in a magnitude table — where one
 * enterprise makes more than `dominanceShare` of the cell. Secondary suppression then hides further
 * cells until no hidden cell is determined by the published ones: the grid's additivity is a
 * linear system in the hidden cells, and a hidden cell is recoverable exactly when its unit vector
 * lies in the row space of that system (`derivableCells`). Complements are chosen cheapest first:
 * inner cells with enterprises in the same row or column, smallest value; then every complement
 * not needed after all (largest first) is published again.
 */

export interface TableCell {
  value: number;
  /** Enterprises the cell covers. */
  contributors: number;
  /** The largest single enterprise's contribution (magnitude tables). */
  largest: number;
}

export interface StatTable {
  id: string;
  rowKeys: string[];
  colKeys: string[];
  /** rows × cols inner cells. */
  cells: TableCell[][];
  /** Sums of amounts (dominance applies) rather than counts of enterprises. */
  magnitude: boolean;
}

export interface DisclosureRules {
  minContributors: number;
  dominanceShare: number;
}

/**
 * Threshold of 3 enterprises per cell as issue #23 and common statistical practice ask; the
 * dominance share is a configured parameter (no statute fixes it) — unverified.
 */
export const DEFAULT_DISCLOSURE_RULES: DisclosureRules & { unverified: true; reference: string } = {
  minContributors: 3,
  dominanceShare: 0.85,
  unverified: true,
  reference: 'cn/law/statistics@2024-09-13#art_28',
};

export type SuppressionReason = 'FEW' | 'DOMINANT' | 'SECONDARY';

/** The grid as published: a null value is hidden. Index [R] is the total row, [..][C] the total column. */
export interface PublishedTable {
  id: string;
  rowKeys: string[];
  colKeys: string[];
  magnitude: boolean;
  /** (R+1) × (C+1): inner cells, row totals in the last column, column totals in the last row. */
  values: (number | null)[][];
  reasons: (SuppressionReason | null)[][];
}

/** The extended grid of a table: inner cells plus totals (contributors add up; the largest is the max). */
export function extendedGrid(t: StatTable): TableCell[][] {
  const R = t.rowKeys.length;
  const C = t.colKeys.length;
  const g: TableCell[][] = Array.from({ length: R + 1 }, () => Array.from({ length: C + 1 }, () => ({ value: 0, contributors: 0, largest: 0 })));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const x = t.cells[r]![c]!;
      for (const [rr, cc] of [[r, c], [r, C], [R, c], [R, C]] as const) {
        const y = g[rr]![cc]!;
        y.value += x.value;
        y.contributors += x.contributors;
        y.largest = Math.max(y.largest, x.largest);
      }
    }
  }
  return g;
}

export function primaryReason(x: TableCell, magnitude: boolean, rules: DisclosureRules): SuppressionReason | null {
  if (x.contributors > 0 && x.contributors < rules.minContributors) return 'FEW';
  if (magnitude && x.contributors > 0 && x.value > 0 && x.largest > rules.dominanceShare * x.value) return 'DOMINANT';
  return null;
}

/**
 * The hidden cells of an (R+1) × (C+1) grid that the published ones determine exactly.
 * Equations: each row's inner cells sum to its total column, each column's inner cells to its total row.
 */
export function derivableCells(R: number, C: number, hidden: boolean[][]): [number, number][] {
  const vars: [number, number][] = [];
  const varAt = new Map<number, number>();
  for (let r = 0; r <= R; r++) for (let c = 0; c <= C; c++) if (hidden[r]![c]) {
    varAt.set(r * (C + 1) + c, vars.length);
    vars.push([r, c]);
  }
  if (vars.length === 0) return [];
  const rows: number[][] = [];
  const eq = (cells: [number, number, number][]) => {
    const row = new Array<number>(vars.length).fill(0);
    let any = false;
    for (const [r, c, coef] of cells) {
      const v = varAt.get(r * (C + 1) + c);
      if (v !== undefined) {
        row[v] = coef;
        any = true;
      }
    }
    if (any) rows.push(row);
  };
  for (let r = 0; r <= R; r++) eq([...Array.from({ length: C }, (_, c) => [r, c, 1] as [number, number, number]), [r, C, -1]]);
  for (let c = 0; c <= C; c++) eq([...Array.from({ length: R }, (_, r) => [r, c, 1] as [number, number, number]), [R, c, -1]]);
  // Reduced row echelon form (the system is totally unimodular: entries stay small integers).
  const pivots: number[] = [];
  let top = 0;
  for (let col = 0; col < vars.length && top < rows.length; col++) {
    let p = -1;
    for (let i = top; i < rows.length; i++) if (Math.abs(rows[i]![col]!) > 1e-9) {
      p = i;
      break;
    }
    if (p < 0) continue;
    [rows[top], rows[p]] = [rows[p]!, rows[top]!];
    const pr = rows[top]!;
    const f = pr[col]!;
    for (let k = 0; k < pr.length; k++) pr[k] = pr[k]! / f;
    for (let i = 0; i < rows.length; i++) {
      if (i === top) continue;
      const ri = rows[i]!;
      const m = ri[col]!;
      if (Math.abs(m) < 1e-9) continue;
      for (let k = 0; k < ri.length; k++) ri[k] = ri[k]! - m * pr[k]!;
    }
    pivots.push(col);
    top++;
  }
  const out: [number, number][] = [];
  pivots.forEach((col, i) => {
    const row = rows[i]!;
    let alone = true;
    for (let k = 0; k < row.length; k++) if (k !== col && Math.abs(row[k]!) > 1e-9) {
      alone = false;
      break;
    }
    if (alone) out.push(vars[col]!);
  });
  return out;
}

/**
 * Suppresses one table: primary, then secondary until nothing hidden is derivable. `forced`
 * cells (e.g. a total hidden in a linked table) start hidden.
 */
export function suppressTable(t: StatTable, rules: DisclosureRules = DEFAULT_DISCLOSURE_RULES, forced: [number, number][] = []): PublishedTable {
  const R = t.rowKeys.length;
  const C = t.colKeys.length;
  const g = extendedGrid(t);
  const reasons: (SuppressionReason | null)[][] = g.map((row) => row.map((x) => primaryReason(x, t.magnitude, rules)));
  for (const [r, c] of forced) reasons[r]![c] ??= 'SECONDARY';
  const hidden = () => reasons.map((row) => row.map((x) => x !== null));
  for (;;) {
    const found = derivableCells(R, C, hidden());
    if (found.length === 0) break;
    // A hidden cell alone in its row or column is the plainest exposure: protect it first.
    const alone = found.find(([fr, fc]) => reasons[fr]!.filter((x) => x !== null).length === 1 || reasons.filter((row) => row[fc] !== null).length === 1);
    const [r, c] = alone ?? found[0]!;
    const pick = complementFor(g, reasons, R, C, r, c);
    if (!pick) break; // everything in reach is hidden already (cannot happen while a cell is derivable)
    reasons[pick[0]]![pick[1]] = 'SECONDARY';
  }
  // Give back what is not needed: each complement, largest first (totals first), is published again
  // when no hidden cell becomes recoverable without it. Forced cells stay hidden.
  const isForced = (r: number, c: number) => forced.some(([fr, fc]) => fr === r && fc === c);
  const complements: [number, number][] = [];
  reasons.forEach((row, r) => row.forEach((x, c) => {
    if (x === 'SECONDARY' && !isForced(r, c)) complements.push([r, c]);
  }));
  complements.sort((a, b) => g[b[0]]![b[1]]!.value - g[a[0]]![a[1]]!.value || a[0] - b[0] || a[1] - b[1]);
  for (const [r, c] of complements) {
    reasons[r]![c] = null;
    if (derivableCells(R, C, hidden()).length > 0) reasons[r]![c] = 'SECONDARY';
  }
  return {
    id: t.id, rowKeys: t.rowKeys, colKeys: t.colKeys, magnitude: t.magnitude, reasons,
    // Rounded at publication only (amounts in 万元): totals are rounded exact sums, the same in every linked table.
    values: g.map((row, r) => row.map((x, c) => (reasons[r]![c] === null ? Math.round(x.value) : null))),
  };
}

/**
 * The cheapest cell to hide next to a derivable hidden cell (r, c): from the line (row or column)
 * where it is the only hidden cell, else from both; a candidate whose other line already has a
 * hidden cell is preferred (it exposes nothing new); then inner cells with enterprises, smallest value.
 */
function complementFor(g: TableCell[][], reasons: (SuppressionReason | null)[][], R: number, C: number, r: number, c: number): [number, number] | null {
  const open = (rr: number, cc: number) => reasons[rr]![cc] === null;
  const hiddenInRow = (rr: number) => reasons[rr]!.filter((x) => x !== null).length;
  const hiddenInCol = (cc: number) => reasons.filter((row) => row[cc] !== null).length;
  const cost = (rr: number, cc: number, other: number) => {
    const x = g[rr]![cc]!;
    const margin = rr === R || cc === C ? 1e15 : 0; // totals last
    const empty = x.contributors === 0 ? 1e12 : 0; // an empty cell protects little
    const lone = other > 0 ? 0 : 1e9; // hiding it would leave a new lone hidden cell in its other line
    return margin + empty + lone + x.value;
  };
  const useRow = hiddenInRow(r) < 2 || hiddenInCol(c) >= 2;
  const useCol = hiddenInCol(c) < 2 || hiddenInRow(r) >= 2;
  const candidates: [number, number, number][] = [];
  if (useRow) for (let cc = 0; cc <= C; cc++) if (cc !== c && open(r, cc)) candidates.push([r, cc, cost(r, cc, hiddenInCol(cc))]);
  if (useCol) for (let rr = 0; rr <= R; rr++) if (rr !== r && open(rr, c)) candidates.push([rr, c, cost(rr, c, hiddenInRow(rr))]);
  if (candidates.length === 0) for (let rr = 0; rr <= R; rr++) for (let cc = 0; cc <= C; cc++) if (open(rr, cc)) candidates.push([rr, cc, cost(rr, cc, 0)]);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
  return [candidates[0]![0], candidates[0]![1]];
}

/**
 * Suppresses tables that publish the same column totals (e.g. by district × size and by industry
 * × size): a total hidden in one is hidden in all, and each is suppressed again until they agree,
 * so no breakdown reveals what another hides.
 */
export function suppressLinkedTables(tables: StatTable[], rules: DisclosureRules = DEFAULT_DISCLOSURE_RULES): PublishedTable[] {
  const C = tables[0]?.colKeys.length ?? 0;
  if (tables.some((t) => t.colKeys.length !== C || t.colKeys.some((k, i) => k !== tables[0]!.colKeys[i]))) {
    throw new RangeError('linked tables must share their columns');
  }
  let forcedCols = new Set<number>();
  for (;;) {
    const out = tables.map((t) => suppressTable(t, rules, [...forcedCols].map((c) => [t.rowKeys.length, c] as [number, number])));
    const hiddenCols = new Set<number>();
    for (const p of out) for (let c = 0; c <= C; c++) if (p.values[p.rowKeys.length]![c] === null) hiddenCols.add(c);
    if (hiddenCols.size === forcedCols.size) return out;
    forcedCols = hiddenCols;
  }
}

/** CSV of a published table (UTF-8 with BOM for spreadsheet programs); hidden cells are shown as `x`. */
export function publishedCsv(p: PublishedTable, labels: { rowHeader: string; total: string; rowName?: (k: string) => string; colName?: (k: string) => string }): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = [labels.rowHeader, ...p.colKeys.map((k) => labels.colName?.(k) ?? k), labels.total];
  const lines = [head.map(esc).join(',')];
  p.values.forEach((row, r) => {
    const name = r === p.rowKeys.length ? labels.total : (labels.rowName?.(p.rowKeys[r]!) ?? p.rowKeys[r]!);
    lines.push([esc(name), ...row.map((v) => (v === null ? 'x' : String(v)))].join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
