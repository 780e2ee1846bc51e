import type { EChartsCoreOption } from '../../charts/echarts';
import { pickText } from '../../i18n/bilingual';
import type { Language } from '../../i18n/language';
import { INDUSTRY_SECTIONS, knownDistrict } from '../../reference/options';
import type { ReachCounts, ReachGroup, ReachView } from './publication-api';

/** The four outcomes of a preview, in the order they are shown (可享受, 需补充信息, 不符合, 不适用). */
export const REACH_STATUSES = ['eligible', 'unknown', 'ineligible', 'outside'] as const;
export type ReachStatus = (typeof REACH_STATUSES)[number];

export type GroupKind = 'district' | 'section' | 'size';
export const SIZE_KEYS = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'UNKNOWN'] as const;

export interface GroupRow extends ReachCounts {
  key: string;
  label: string;
  total: number;
}

/** The groups of one kind in a preview (size classes in the order of the standard, smallest first). */
export function groupsOf(view: ReachView, kind: GroupKind): ReachGroup[] {
  if (kind === 'district') return view.byDistrict;
  if (kind === 'section') return view.bySection;
  const bySize = view.bySize;
  const rank = (key: string) => {
    const i = (SIZE_KEYS as readonly string[]).indexOf(key);
    return i < 0 ? SIZE_KEYS.length : i;
  };
  return [...bySize].sort((a, b) => rank(a.key) - rank(b.key));
}

/** Rows for a table and a chart, named in the current language (districts and 门类 from the app's reference lists). */
export function groupRows(view: ReachView, kind: GroupKind, language: Language, sizeLabel: (key: string) => string): GroupRow[] {
  return groupsOf(view, kind).map((g) => {
    let label: string;
    if (kind === 'size') label = sizeLabel(g.key);
    else {
      const known = kind === 'district' ? knownDistrict(g.key) : (INDUSTRY_SECTIONS.find((s) => s.value === g.key)?.label ?? null);
      label = known ? pickText(known, language) : language === 'zh' ? g.nameZh : g.key;
    }
    return { key: g.key, label, eligible: g.eligible, unknown: g.unknown, ineligible: g.ineligible, outside: g.outside, total: g.eligible + g.unknown + g.ineligible + g.outside };
  });
}

const COLORS: Record<ReachStatus, string> = { eligible: '#52c41a', unknown: '#faad14', ineligible: '#bfbfbf', outside: '#f0f0f0' };

/** A stacked bar per group: how many enterprises each outcome has there. */
export function reachChartOption(rows: readonly GroupRow[], names: Record<ReachStatus, string>): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: REACH_STATUSES.map((s) => ({ name: names[s], type: 'bar', stack: 'reach', itemStyle: { color: COLORS[s] }, data: rows.map((r) => r[s]) })),
  };
}

export interface ComparisonRow {
  metric: ReachStatus | 'cost';
  base: number | null;
  variant: number | null;
  delta: number | null;
}

/** Base and variant side by side: the four counts and, where the draft has an amount, the cost in fen. */
export function comparisonRows(base: ReachView, variant: ReachView): ComparisonRow[] {
  const rows: ComparisonRow[] = REACH_STATUSES.map((s) => ({ metric: s, base: base[s], variant: variant[s], delta: variant[s] - base[s] }));
  if (base.cost || variant.cost) {
    const b = base.cost?.eligibleFen ?? null;
    const v = variant.cost?.eligibleFen ?? null;
    rows.push({ metric: 'cost', base: b, variant: v, delta: b !== null && v !== null ? v - b : null });
  }
  return rows;
}

/** Eligible enterprises per district, base against variant, with the change; districts without any change last. */
export function districtChanges(base: ReachView, variant: ReachView, language: Language): { key: string; label: string; base: number; variant: number; delta: number }[] {
  const after = new Map(variant.byDistrict.map((g) => [g.key, g.eligible]));
  const rows = groupRows(base, 'district', language, (k) => k).map((g) => {
    const v = after.get(g.key) ?? 0;
    return { key: g.key, label: g.label, base: g.eligible, variant: v, delta: v - g.eligible };
  });
  return rows.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.key.localeCompare(b.key));
}

/** `+12`, `-3`, `0`: a change with its sign. */
export function signed(n: number, format: (n: number) => string = String): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `-${format(-n)}` : format(0);
}
