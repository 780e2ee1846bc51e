import { addDays, type PlainDate } from '@huiqi/kernel';

/**
 * 高频检查预警 — warnings on visits to one enterprise (国办发〔2024〕54号: 对重复、高频检查进行
 * 大数据预警, facts §6.2; 深圳条例 第六十八条第四款 多头执法、重复执法):
 * - ANNUAL_CAP_EXCEEDED: one department inspected one enterprise under one item more often in a
 *   calendar year than the item's published annual cap allows (the cap is the item's own data);
 * - HIGH_FREQUENCY: one enterprise had `maxVisits` or more visits by any departments within
 *   `windowDays` days. The window and count are operating choices of the platform (no legal
 *   source gives figures): `HIGH_FREQUENCY_DEFAULTS`.
 */
export interface VisitForFrequency {
  visitId: string;
  departmentId: string;
  uscc: string;
  itemIds: readonly string[];
  /** The day the visit was registered (Asia/Shanghai). */
  on: PlainDate;
}

export type FrequencyWarning =
  | { kind: 'ANNUAL_CAP_EXCEEDED'; uscc: string; departmentId: string; itemId: string; year: number; visits: number; cap: number }
  | { kind: 'HIGH_FREQUENCY'; uscc: string; from: PlainDate; to: PlainDate; visits: number; departmentIds: string[] };

export const HIGH_FREQUENCY_DEFAULTS = { windowDays: 30, maxVisits: 3 } as const;

export function frequencyWarnings(
  visits: readonly VisitForFrequency[],
  annualCapOf: (itemId: string) => number | undefined,
  options: { windowDays: number; maxVisits: number } = HIGH_FREQUENCY_DEFAULTS,
): FrequencyWarning[] {
  const out: FrequencyWarning[] = [];
  const perItem = new Map<string, { uscc: string; departmentId: string; itemId: string; year: number; visits: number }>();
  for (const v of visits)
    for (const itemId of new Set(v.itemIds)) {
      const year = Number(v.on.slice(0, 4));
      const key = `${v.uscc}\u0000${v.departmentId}\u0000${itemId}\u0000${year}`;
      const e = perItem.get(key) ?? { uscc: v.uscc, departmentId: v.departmentId, itemId, year, visits: 0 };
      e.visits++;
      perItem.set(key, e);
    }
  for (const e of perItem.values()) {
    const cap = annualCapOf(e.itemId);
    if (cap !== undefined && e.visits > cap) out.push({ kind: 'ANNUAL_CAP_EXCEEDED', ...e, cap });
  }

  const byEnterprise = new Map<string, VisitForFrequency[]>();
  for (const v of visits) byEnterprise.set(v.uscc, [...(byEnterprise.get(v.uscc) ?? []), v]);
  for (const [uscc, list] of byEnterprise) {
    list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    // The longest run within any window of `windowDays` days that starts at a visit; one warning per run.
    let start = 0;
    let best: { from: number; to: number } | null = null;
    for (let end = 0; end < list.length; end++) {
      while (list[end]!.on > addDays(list[start]!.on, options.windowDays - 1)) start++;
      if (end - start + 1 >= options.maxVisits && (!best || end - start > best.to - best.from)) best = { from: start, to: end };
    }
    if (best) {
      const run = list.slice(best.from, best.to + 1);
      out.push({ kind: 'HIGH_FREQUENCY', uscc, from: run[0]!.on, to: run[run.length - 1]!.on, visits: run.length, departmentIds: [...new Set(run.map((v) => v.departmentId))].sort() });
    }
  }
  return out;
}
