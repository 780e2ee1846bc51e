import type { BilingualText } from '@huiqi/kernel';
import type { CultivationTier } from './tier';

export interface ScoringCriterion {
  id: string;
  label: BilingualText;
  /** Highest score an expert may give (whole points). */
  max: number;
}

export interface ScoringSheet {
  criteria: ScoringCriterion[];
  /** The points per criterion are not confirmed by an official text (facts §3 [U]). */
  unverified: boolean;
  source: string;
}

const c = (id: string, zh: string, en: string, max: number): ScoringCriterion => ({ id, label: { zh, en }, max });

/**
 * The experts' scoring sheet per tier: one score per criterion, totalling 100. The 创新型 sheet follows
 * the three categories of 63号 附件1 (40/30/30, facts §3.1 [C]). The 专精特新 evaluation has 4 categories
 * and 13 indicators whose points were not captured, and the 小巨人 review 6 aspects (专、精、特、新、链、品)
 * without published points: those sheets are the platform's operating choice, flagged unverified.
 */
export const SCORING_SHEETS: Readonly<Record<CultivationTier, ScoringSheet>> = {
  INNOVATIVE_SME: {
    criteria: [c('innovation', '创新能力', 'innovation ability', 40), c('growth', '成长性', 'growth', 30), c('specialization', '专业化', 'specialization', 30)],
    unverified: false,
    source: 'cn/measures/quality-sme-tiered-cultivation-interim@2022-08-01#annex_1',
  },
  SPECIALIZED: {
    criteria: [c('specialization', '专业化', 'specialization', 25), c('refinement', '精细化', 'refinement', 25), c('distinctiveness', '特色化', 'distinctiveness', 15), c('innovation', '创新能力', 'innovation ability', 35)],
    unverified: true,
    source: 'cn/measures/quality-sme-tiered-cultivation-interim@2022-08-01#annex_2',
  },
  LITTLE_GIANT: {
    criteria: [
      c('specialization', '专业化', 'specialization', 20), c('refinement', '精细化', 'refinement', 15), c('distinctiveness', '特色化', 'distinctiveness', 15),
      c('innovation', '创新能力', 'innovation ability', 30), c('chain', '产业链配套', 'supply-chain role', 10), c('product_field', '主导产品所属领域', 'field of the main product', 10),
    ],
    unverified: true,
    source: 'cn/measures/quality-sme-tiered-cultivation-interim@2022-08-01#annex_3',
  },
};
