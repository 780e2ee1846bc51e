import type { BilingualText } from '@huiqi/kernel';
import type { RuleBase } from '@huiqi/rules-engine';
import type { ProcurementFieldProblem } from './procurement-reasons';

/** Procurement category (采购品目类别), a persisted code. */
export const PROCUREMENT_CATEGORIES = ['GOODS', 'WORKS', 'SERVICES'] as const;
export type ProcurementCategory = (typeof PROCUREMENT_CATEGORIES)[number];

export const CATEGORY_LABEL: Record<ProcurementCategory, BilingualText> = {
  GOODS: { zh: '货物', en: 'goods' },
  WORKS: { zh: '工程', en: 'works' },
  SERVICES: { zh: '服务', en: 'services' },
};

/** What the procurement functions read from the rule base (a `RuleBase` satisfies it). */
export type ProcurementContext = Pick<RuleBase, 'params' | 'jurisdictions' | 'sizeStandard' | 'industryMap'>;

/** A refusal of the input (never a business "no"): a stable code, the offending field path, a bilingual message. */
export interface ProcurementInputError {
  code: 'INVALID_FIELD' | 'RATE_OUT_OF_RANGE' | 'RATE_REQUIRED' | 'NO_PARAMETER' | 'DECLARATION_REQUIRED';
  /** Path of the field in the input, e.g. `bids[2].consortium[0].share`. */
  field: string;
  /** What is wrong with the field, as a code (worded in procurement-reasons.ts); none for a missing parameter. */
  problem?: ProcurementFieldProblem;
  /** `problem` in words, after the field's path. */
  message: BilingualText;
}
