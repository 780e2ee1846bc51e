import { cmp, SIZE_SECTOR_NAMES, type BilingualText, type Num, type PlainDate, type SizeClass, type SizeSector } from '@huiqi/kernel';
import { sectorOfIndustry, type IndustryMap } from './industry-map';
import { sizeReasonText, type BoundCheck, type SizeReason } from './size-reasons';
import { INDICATORS, type Bounds, type Indicator, type SectorRow, type SizeStandardVersion } from './size-standard';

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
      /** Why, as codes with their figures (rendered by `sizeReasonText`, size-reasons.ts). */
      why: SizeReason[];
      /** The same reasons in words. */
      reasons: BilingualText[];
      cites: string[];
    }
  | { status: 'NOT_CLASSIFIED'; sector: null; reason: BilingualText; cites: string[] }
  | { status: 'UNKNOWN'; sector: SizeSector | null; missing: string[]; why: SizeReason; reason: BilingualText; cites: string[] }
  | { status: 'ERROR'; why: SizeReason | null; reason: BilingualText };

/** Each listed indicator of the row against the bounds. */
function checksOf(row: SectorRow, bounds: Bounds, input: SizeInput): BoundCheck[] {
  return row.indicators.map((i) => ({ indicator: i, value: input[i] ?? null, bound: bounds[i]! }));
}

/** Kleene AND of "indicator ≥ bound" over the listed indicators: true, false, or the missing names. */
function meets(row: SectorRow, bounds: Bounds, input: SizeInput): { value: boolean | null; missing: Indicator[] } {
  const missing: Indicator[] = [];
  let short = false;
  for (const i of row.indicators) {
    const v = input[i];
    if (v === undefined) missing.push(i);
    else if (cmp(v, bounds[i]!) < 0) short = true;
  }
  if (short) return { value: false, missing };
  return { value: missing.length ? null : true, missing };
}

/**
 * Classifies one enterprise under the size standard (工信部联企业〔2011〕300号 with the NBS rule):
 * 大型 needs every listed indicator at or above the SME ceiling; 中型 and 小型 need every listed lower
 * bound, otherwise one class down; 微型 needs only one indicator below the 小型 bound.
 * A missing indicator gives UNKNOWN unless the known ones already decide the class.
 * The reasons are codes (`why`), worded in one place (size-reasons.ts).
 */
export function classifySize(std: SizeStandardVersion, map: IndustryMap, input: SizeInput): SizeOutcome {
  const label = (s: SizeSector) => std.rows.get(s)?.label ?? SIZE_SECTOR_NAMES[s];
  const say = (r: SizeReason) => sizeReasonText(r, label);
  let sector = input.sizeSector ?? null;
  const cites = [std.reference];
  if (!sector) {
    if (input.industryCode === undefined) {
      const why: SizeReason = { code: 'SIZE_SECTOR_MISSING' };
      return { status: 'UNKNOWN', sector: null, missing: ['industryCode'], why, reason: say(why), cites };
    }
    const m = sectorOfIndustry(map, input.industryCode);
    if (!m.ok) return { status: 'ERROR', why: null, reason: m.error };
    if (m.value.kind === 'NOT_CLASSIFIED') {
      return { status: 'NOT_CLASSIFIED', sector: null, reason: m.value.reason, cites: m.value.cite ? [m.value.cite] : cites };
    }
    sector = m.value.sector;
  }
  for (const i of INDICATORS) {
    const v = input[i];
    if (v !== undefined && cmp(v, 0) < 0) {
      const why: SizeReason = { code: 'SIZE_INDICATOR_NEGATIVE', indicator: i };
      return { status: 'ERROR', why, reason: say(why) };
    }
  }
  const row = std.rows.get(sector)!;
  cites.push(row.cite, std.bandRuleCite);
  const byReference = input.isIndividualBusiness === true;
  if (byReference) cites.push(std.individualBusinessCite);
  const why: SizeReason[] = [];
  const classified = (size: SizeClass): SizeOutcome => {
    if (byReference) why.push({ code: 'SIZE_BY_REFERENCE' });
    return { status: 'CLASSIFIED', size, sector: sector!, byReference, why, reasons: why.map(say), cites };
  };
  const steps: [SizeClass, Bounds][] = [
    ['large', row.large],
    ['medium', row.medium],
    ['small', row.small],
  ];
  for (const [cls, bounds] of steps) {
    const r = meets(row, bounds, input);
    if (r.value === true) {
      const checks = checksOf(row, bounds, input);
      why.push(cls === 'large' ? { code: 'SIZE_AT_CEILING', sector, checks } : { code: 'SIZE_BOUNDS_MET', sector, size: cls, checks });
      return classified(cls);
    }
    if (r.value === null) {
      const missing: SizeReason = { code: 'SIZE_INDICATORS_MISSING', sector, size: cls, missing: r.missing };
      return { status: 'UNKNOWN', sector, missing: r.missing, why: missing, reason: say(missing), cites };
    }
    if (cls !== 'large') why.push({ code: 'SIZE_BOUNDS_NOT_MET', sector, size: cls, checks: checksOf(row, bounds, input) });
  }
  why.push({ code: 'SIZE_BELOW_SMALL' });
  return classified('micro');
}

/** The size-standard version in force on a date (the standard is national). */
export function sizeStandardOn(versions: readonly SizeStandardVersion[], date: PlainDate): SizeStandardVersion | null {
  let hit: SizeStandardVersion | null = null;
  for (const v of versions) if (v.from <= date && (v.until === null || date < v.until)) hit = v;
  return hit;
}
