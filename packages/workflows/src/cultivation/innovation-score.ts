import type { BilingualText } from '@huiqi/kernel';
import type { Facts } from '@huiqi/rules-engine';

/**
 * 创新积分 (深圳经济特区中小企业发展促进条例（征求意见稿）第三十三条: "实施企业创新积分制，通过指标、数据、模型等对企业
 * 的科技创新能力进行量化评价"). The article names no indicators, weights or bands; the official model (科技部火炬中心
 * 企业创新积分制) was not read. This model — R&D intensity and amount, class-I IP, R&D staff share, revenue growth and
 * technology titles, 100 points — is the platform's configurable operating choice, every indicator flagged
 * unverified until the official model is confirmed. Thresholds are integer fractions compared exactly.
 */
export const INNOVATION_SCORE_CITE = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_33';

type Ratio = readonly [numerator: string, denominator: string];
export interface Band { atLeast: number | readonly [number, number]; points: number }
export interface Indicator {
  id: string;
  label: BilingualText;
  /** A count or amount fact, or a ratio of two facts (compared as numerator × q ≥ denominator × p). */
  value: { fact: string } | { ratio: Ratio } | { growth: Ratio } | { anyTag: readonly string[] };
  /** Highest band first; the first band reached gives its points. */
  bands: readonly Band[];
  max: number;
  cite: string;
  unverified: boolean;
}

const b = (atLeast: Band['atLeast'], points: number): Band => ({ atLeast, points });
const ind = (id: string, zh: string, en: string, value: Indicator['value'], bands: Band[], max: number): Indicator => ({ id, label: { zh, en }, value, bands, max, cite: INNOVATION_SCORE_CITE, unverified: true });

/** The default model (operating choice; see above). */
export const INNOVATION_SCORE_MODEL: readonly Indicator[] = [
  ind('rd_intensity', '研发投入强度（研发费用占营业收入）', 'R&D intensity (R&D / revenue)', { ratio: ['rdExpense', 'revenue'] }, [b([10, 100], 25), b([6, 100], 20), b([3, 100], 15), b([1, 100], 5)], 25),
  ind('rd_amount', '研发投入金额', 'R&D expense', { fact: 'rdExpense' }, [b(1_000 * 10_000 * 100, 15), b(500 * 10_000 * 100, 12), b(100 * 10_000 * 100, 8), b(1, 3)], 15),
  ind('ip', '有效Ⅰ类知识产权', 'valid class-I IP items', { fact: 'ipClass1Count' }, [b(10, 20), b(5, 15), b(1, 10)], 20),
  ind('talent', '研发人员占从业人员比例', 'R&D staff share', { ratio: ['rdStaff', 'employees'] }, [b([30, 100], 15), b([10, 100], 10), b([5, 100], 5)], 15),
  ind('growth', '营业收入增长率', 'revenue growth', { growth: ['revenue', 'revenueYearBefore'] }, [b([30, 100], 15), b([15, 100], 10), b([0, 100], 5)], 15),
  ind('titles', '高新技术企业或科技型中小企业', 'high-tech or technology-based SME title', { anyTag: ['HIGH_TECH', 'TECH_SME'] }, [b(1, 10)], 10),
];

export interface IndicatorResult {
  id: string;
  label: BilingualText;
  points: number | null;
  max: number;
  missing: string[];
  cite: string;
  unverified: boolean;
}

export interface InnovationScore {
  /** Points of the indicators that could be computed. */
  score: number;
  /** The most the score can reach once the missing facts are supplied. */
  ceiling: number;
  complete: boolean;
  indicators: IndicatorResult[];
  cite: string;
  unverified: true;
}

const intOf = (v: unknown): bigint | null => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : typeof v === 'string' && /^-?\d+$/.test(v) ? BigInt(v) : null);

/** p/q ≤ a/b with b > 0, in integers. */
const reaches = (a: bigint, b2: bigint, t: readonly [number, number]) => a * BigInt(t[1]) >= b2 * BigInt(t[0]);

function pointsOf(i: Indicator, facts: Facts): { points: number | null; missing: string[] } {
  const v = i.value;
  const pick = (hit: (band: Band) => boolean) => ({ points: i.bands.find(hit)?.points ?? 0, missing: [] });
  if ('anyTag' in v) {
    const tags = facts.tags;
    if (!Array.isArray(tags)) return { points: null, missing: ['tags'] };
    return { points: v.anyTag.some((t) => (tags as readonly string[]).includes(t)) ? i.bands[0]!.points : 0, missing: [] };
  }
  if ('fact' in v) {
    const x = intOf(facts[v.fact]);
    if (x === null) return { points: null, missing: [v.fact] };
    return pick((band) => typeof band.atLeast === 'number' && x >= BigInt(band.atLeast));
  }
  const [n, d] = 'ratio' in v ? v.ratio : v.growth;
  const a = intOf(facts[n]);
  const c = intOf(facts[d]);
  const missing = [...(a === null ? [n] : []), ...(c === null ? [d] : [])];
  if (a === null || c === null) return { points: null, missing };
  if (c <= 0n) return { points: null, missing: [] };
  const num = 'growth' in v ? a - c : a;
  return pick((band) => typeof band.atLeast !== 'number' && reaches(num, c, band.atLeast));
}

/** The innovation score of one enterprise's facts under `model` (three-valued per indicator: points, or missing facts). */
export function innovationScore(facts: Facts, model: readonly Indicator[] = INNOVATION_SCORE_MODEL): InnovationScore {
  const indicators = model.map((i) => ({ id: i.id, label: i.label, max: i.max, cite: i.cite, unverified: i.unverified, ...pointsOf(i, facts) }));
  const score = indicators.reduce((s, x) => s + (x.points ?? 0), 0);
  const ceiling = indicators.reduce((s, x) => s + (x.points ?? x.max), 0);
  return { score, ceiling, complete: indicators.every((x) => x.points !== null), indicators, cite: INNOVATION_SCORE_CITE, unverified: true };
}
