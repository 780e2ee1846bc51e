import type { DashboardRow, RateValue } from './appeals-api';

export const RATE_KEYS = ['responseRate', 'onTimeClosingRate', 'resolutionRate', 'satisfactionRate'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** Combines the rate of several months: numerators and denominators are summed (never an average of percentages). */
export function combineRates(rates: readonly RateValue[]): RateValue {
  const numerator = rates.reduce((s, r) => s + r.numerator, 0);
  const denominator = rates.reduce((s, r) => s + r.denominator, 0);
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/** Per department over the whole period: each rate in percent (null when nothing was counted), and cases received. */
export function ratesByDepartment(rows: readonly DashboardRow[]): { department: string; received: number; percent: Record<RateKey, number | null> }[] {
  const byDept = new Map<string, DashboardRow[]>();
  for (const r of rows) byDept.set(r.department, [...(byDept.get(r.department) ?? []), r]);
  return [...byDept.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([department, list]) => ({
      department,
      received: list.reduce((s, r) => s + r.received, 0),
      percent: Object.fromEntries(RATE_KEYS.map((k) => {
        const c = combineRates(list.map((r) => r[k]));
        return [k, c.rate === null ? null : Math.round(c.rate * 1000) / 10];
      })) as Record<RateKey, number | null>,
    }));
}
