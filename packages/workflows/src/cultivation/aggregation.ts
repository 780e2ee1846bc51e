/** How the experts' totals become the application's score (configured per round). */
export const AGGREGATIONS = ['MEAN', 'MEDIAN', 'TRIMMED_MEAN'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface AggregateScore {
  /** The score rounded half up to two decimals, for display. */
  value: number;
  /** Exact comparison with the pass mark (no floating-point rounding decides). */
  passes: boolean;
  /** The totals that counted (TRIMMED_MEAN drops the highest and the lowest from three on). */
  counted: number[];
}

/**
 * Aggregates whole-point totals. MEAN: the arithmetic mean; MEDIAN: the middle value (the mean of
 * the two middle ones for an even count); TRIMMED_MEAN: the mean without one highest and one lowest
 * total when there are at least three. `passes` compares sum ≥ passMark × n in integers.
 */
export function aggregateScores(totals: readonly number[], rule: Aggregation, passMark: number): AggregateScore {
  if (totals.length === 0) return { value: 0, passes: false, counted: [] };
  const sorted = [...totals].sort((a, b) => a - b);
  let counted: number[];
  if (rule === 'MEDIAN') {
    const mid = Math.floor(sorted.length / 2);
    counted = sorted.length % 2 === 1 ? [sorted[mid]!] : [sorted[mid - 1]!, sorted[mid]!];
  } else if (rule === 'TRIMMED_MEAN' && sorted.length >= 3) counted = sorted.slice(1, -1);
  else counted = sorted;
  const sum = counted.reduce((s, x) => s + x, 0);
  const value = Math.round((sum * 100) / counted.length) / 100;
  return { value, passes: sum >= passMark * counted.length, counted };
}
