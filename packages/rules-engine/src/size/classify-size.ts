import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { cmp, type Num } from '../exact';
import { formatValue } from '../format';
import { sectorOfIndustry, type IndustryMap } from './industry-map';
import { INDICATORS, type Bounds, type Indicator, type SectorRow, type SizeClass, type SizeSector, type SizeStandardVersion } from './size-standard';

export interface SizeInput {
  sizeSector?: SizeSector | undefined;
  industryCode?: string | undefined;
  employees?: Num | undefined;
  revenue?: Num | undefined;
  totalAssets?: Num | undefined;
  isIndividualBusiness?: boolean | undefined;
}

export type SizeOutcome =
  | {
      status: 'CLASSIFIED';
      size: SizeClass;
      sector: SizeSector;
      byReference: boolean;
      reasons: BilingualText[];
      cites: string[];
    }
  | { status: 'NOT_CLASSIFIED'; sector: null; reason: BilingualText; cites: string[] }
  | { status: 'UNKNOWN'; sector: SizeSector | null; missing: string[]; reason: BilingualText; cites: string[] }
  | { status: 'ERROR'; reason: BilingualText };

const INDICATOR_LABEL: Record<Indicator, BilingualText> = {
  employees: bi('从业人员', 'employees'),
  revenue: bi('营业收入', 'revenue'),
  totalAssets: bi('资产总额', 'total assets'),
};
const CLASS_LABEL: Record<SizeClass, BilingualText> = {
  large: bi('大型', 'large'),
  medium: bi('中型', 'medium'),
  small: bi('小型', 'small'),
  micro: bi('微型', 'micro'),
};

export function sizeClassLabel(s: SizeClass): BilingualText {
  return CLASS_LABEL[s];
}

function unitOf(i: Indicator) {
  return i === 'employees' ? ('people' as const) : ('fen' as const);
}

/** Kleene AND of "indicator ≥ bound" over the listed indicators: true, false, or the missing names. */
function meets(row: SectorRow, bounds: Bounds, input: SizeInput): { value: boolean | null; missing: string[]; short: Indicator[] } {
  const missing: string[] = [];
  const short: Indicator[] = [];
  for (const i of row.indicators) {
    const v = input[i];
    if (v === undefined) missing.push(i);
    else if (cmp(v, bounds[i]!) < 0) short.push(i);
  }
  if (short.length) return { value: false, missing, short };
  return { value: missing.length ? null : true, missing, short };
}

function describeBounds(row: SectorRow, bounds: Bounds, input: SizeInput, lang: 'zh' | 'en', ok: boolean): string {
  return row.indicators
    .map((i) => {
      const v = input[i];
      const label = INDICATOR_LABEL[i][lang];
      const val = v === undefined ? (lang === 'zh' ? '未知' : 'unknown') : formatValue(v, unitOf(i), lang);
      const bound = formatValue(bounds[i]!, unitOf(i), lang);
      const rel = v !== undefined && cmp(v, bounds[i]!) >= 0 ? '≥' : '<';
      return `${label} ${val} ${v === undefined ? '?' : rel} ${bound}`;
    })
    .join(lang === 'zh' ? (ok ? '且' : '，') : ok ? ' and ' : ', ');
}

/**
 * Classifies one enterprise under the size standard (工信部联企业〔2011〕300号 with the NBS rule):
 * 大型 needs every listed indicator at or above the SME ceiling; 中型 and 小型 need every listed lower
 * bound, otherwise one class down; 微型 needs only one indicator below the 小型 bound.
 * A missing indicator gives UNKNOWN unless the known ones already decide the class.
 */
export function classifySize(std: SizeStandardVersion, map: IndustryMap, input: SizeInput): SizeOutcome {
  let sector = input.sizeSector ?? null;
  const cites = [std.reference];
  if (!sector) {
    if (input.industryCode === undefined) {
      return { status: 'UNKNOWN', sector: null, missing: ['industryCode'], reason: bi('缺少行业代码或划型行业', 'industry code or size sector missing'), cites };
    }
    const m = sectorOfIndustry(map, input.industryCode);
    if (!m.ok) return { status: 'ERROR', reason: m.error };
    if (m.value.kind === 'NOT_CLASSIFIED') {
      return { status: 'NOT_CLASSIFIED', sector: null, reason: m.value.reason, cites: m.value.cite ? [m.value.cite] : cites };
    }
    sector = m.value.sector;
  }
  for (const i of INDICATORS) {
    const v = input[i];
    if (v !== undefined && cmp(v, 0) < 0) return { status: 'ERROR', reason: bi(`${INDICATOR_LABEL[i].zh}不能为负数`, `${INDICATOR_LABEL[i].en} cannot be negative`) };
  }
  const row = std.rows.get(sector)!;
  cites.push(row.cite, std.bandRuleCite);
  const byReference = input.isIndividualBusiness === true;
  if (byReference) cites.push(std.individualBusinessCite);
  const reasons: BilingualText[] = [];
  const steps: [SizeClass, Bounds][] = [
    ['large', row.large],
    ['medium', row.medium],
    ['small', row.small],
  ];
  for (const [cls, bounds] of steps) {
    const r = meets(row, bounds, input);
    if (r.value === true) {
      reasons.push(
        bi(
          `${row.label.zh}：${describeBounds(row, bounds, input, 'zh', true)}，${cls === 'large' ? '均达到中小微型企业上限，为大型企业' : `同时满足${CLASS_LABEL[cls].zh}下限`}`,
          `${row.label.en}: ${describeBounds(row, bounds, input, 'en', true)}, ${cls === 'large' ? 'all at or above the SME ceiling: large' : `meets every ${cls} lower bound`}`,
        ),
      );
      if (byReference) reasons.push(bi('个体工商户参照本标准划型', 'individual business classified by reference to the standard'));
      return { status: 'CLASSIFIED', size: cls, sector, byReference, reasons, cites };
    }
    if (r.value === null) {
      return {
        status: 'UNKNOWN',
        sector,
        missing: r.missing,
        reason: bi(`${row.label.zh}：缺少${r.missing.map((m) => INDICATOR_LABEL[m as Indicator].zh).join('、')}，无法判断是否达到${CLASS_LABEL[cls].zh}标准`, `${row.label.en}: ${r.missing.join(', ')} missing; cannot tell whether the ${cls} bounds are met`),
        cites,
      };
    }
    if (cls !== 'large') {
      reasons.push(
        bi(
          `${row.label.zh}：${describeBounds(row, bounds, input, 'zh', false)}，未同时满足${CLASS_LABEL[cls].zh}下限，下划一档`,
          `${row.label.en}: ${describeBounds(row, bounds, input, 'en', false)}; not every ${cls} lower bound is met, one class down`,
        ),
      );
    }
  }
  reasons.push(bi('有一项指标低于小型企业下限，为微型企业', 'one indicator below the small-enterprise bound: micro'));
  if (byReference) reasons.push(bi('个体工商户参照本标准划型', 'individual business classified by reference to the standard'));
  return { status: 'CLASSIFIED', size: 'micro', sector, byReference, reasons, cites };
}

/** The size-standard version in force on a date (the standard is national). */
export function sizeStandardOn(versions: readonly SizeStandardVersion[], date: PlainDate): SizeStandardVersion | null {
  let hit: SizeStandardVersion | null = null;
  for (const v of versions) if (v.from <= date && (v.until === null || date < v.until)) hit = v;
  return hit;
}
