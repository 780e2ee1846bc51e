import { bi, cmp, SIZE_CLASS_NAMES, type BilingualText, type Num, type SizeClass, type SizeSector } from '@huiqi/kernel';
import { formatValue } from '../format';
import type { Indicator } from './size-standard';

/**
 * Why a size classification came out as it did, as codes with their figures (issue 20: reasons as
 * codes). `classifySize` returns these; this file is the one place that words them in Chinese and
 * English — an explanation, a notice or a report renders the same code the same way.
 */
export type SizeReason =
  | { code: 'SIZE_SECTOR_MISSING' }
  | { code: 'SIZE_INDICATOR_NEGATIVE'; indicator: Indicator }
  /** Every listed indicator at or above the SME ceiling: 大型. */
  | { code: 'SIZE_AT_CEILING'; sector: SizeSector; checks: BoundCheck[] }
  /** Every listed lower bound of `size` met. */
  | { code: 'SIZE_BOUNDS_MET'; sector: SizeSector; size: SizeClass; checks: BoundCheck[] }
  /** Not every lower bound of `size` met: one class down. */
  | { code: 'SIZE_BOUNDS_NOT_MET'; sector: SizeSector; size: SizeClass; checks: BoundCheck[] }
  /** Whether the bounds of `size` are met depends on indicators not given. */
  | { code: 'SIZE_INDICATORS_MISSING'; sector: SizeSector; size: SizeClass; missing: Indicator[] }
  /** One indicator below the 小型 bound: 微型. */
  | { code: 'SIZE_BELOW_SMALL' }
  /** 个体工商户 classified by reference (参照) to the standard. */
  | { code: 'SIZE_BY_REFERENCE' };


/** One indicator against one bound; `value` null when the indicator was not given. */
export interface BoundCheck {
  indicator: Indicator;
  value: Num | null;
  bound: Num;
}

const INDICATOR_NAMES: Record<Indicator, BilingualText> = {
  employees: bi('从业人员', 'employees'),
  revenue: bi('营业收入', 'revenue'),
  totalAssets: bi('资产总额', 'total assets'),
};

const unitOf = (i: Indicator) => (i === 'employees' ? ('people' as const) : ('fen' as const));

function describeChecks(checks: readonly BoundCheck[], lang: 'zh' | 'en', met: boolean): string {
  return checks
    .map(({ indicator, value, bound }) => {
      const label = INDICATOR_NAMES[indicator][lang];
      const shown = value === null ? (lang === 'zh' ? '未知' : 'unknown') : formatValue(value, unitOf(indicator), lang);
      const rel = value === null ? '?' : cmp(value, bound) >= 0 ? '≥' : '<';
      return `${label} ${shown} ${rel} ${formatValue(bound, unitOf(indicator), lang)}`;
    })
    .join(lang === 'zh' ? (met ? '且' : '，') : met ? ' and ' : ', ');
}

/** A reason in words; `sectorLabel` names a sector as the size standard's version in force does. */
export function sizeReasonText(r: SizeReason, sectorLabel: (s: SizeSector) => BilingualText): BilingualText {
  switch (r.code) {
    case 'SIZE_SECTOR_MISSING':
      return bi('缺少行业代码或划型行业', 'industry code or size sector missing');
    case 'SIZE_INDICATOR_NEGATIVE':
      return bi(`${INDICATOR_NAMES[r.indicator].zh}不能为负数`, `${INDICATOR_NAMES[r.indicator].en} cannot be negative`);
    case 'SIZE_AT_CEILING': {
      const s = sectorLabel(r.sector);
      return bi(`${s.zh}：${describeChecks(r.checks, 'zh', true)}，均达到中小微型企业上限，为大型企业`, `${s.en}: ${describeChecks(r.checks, 'en', true)}, all at or above the SME ceiling: large`);
    }
    case 'SIZE_BOUNDS_MET': {
      const s = sectorLabel(r.sector);
      return bi(`${s.zh}：${describeChecks(r.checks, 'zh', true)}，同时满足${SIZE_CLASS_NAMES[r.size].zh}下限`, `${s.en}: ${describeChecks(r.checks, 'en', true)}, meets every ${r.size} lower bound`);
    }
    case 'SIZE_BOUNDS_NOT_MET': {
      const s = sectorLabel(r.sector);
      return bi(`${s.zh}：${describeChecks(r.checks, 'zh', false)}，未同时满足${SIZE_CLASS_NAMES[r.size].zh}下限，下划一档`, `${s.en}: ${describeChecks(r.checks, 'en', false)}; not every ${r.size} lower bound is met, one class down`);
    }
    case 'SIZE_INDICATORS_MISSING': {
      const s = sectorLabel(r.sector);
      return bi(`${s.zh}：缺少${r.missing.map((m) => INDICATOR_NAMES[m].zh).join('、')}，无法判断是否达到${SIZE_CLASS_NAMES[r.size].zh}标准`, `${s.en}: ${r.missing.join(', ')} missing; cannot tell whether the ${r.size} bounds are met`);
    }
    case 'SIZE_BELOW_SMALL':
      return bi('有一项指标低于小型企业下限，为微型企业', 'one indicator below the small-enterprise bound: micro');
    case 'SIZE_BY_REFERENCE':
      return bi('个体工商户参照本标准划型', 'individual business classified by reference to the standard');
  }
}
