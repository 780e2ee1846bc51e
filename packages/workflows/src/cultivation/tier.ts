import type { BilingualText } from '@huiqi/kernel';

/**
 * The three recognised tiers of 优质中小企业梯度培育 (facts §3). Each tier is decided by one policy of
 * the rule base (its dated versions are the 2022 and 2026 national criteria) and, once recognised,
 * is the enterprise's qualification tag of the same code.
 */
export const CULTIVATION_TIERS = ['INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT'] as const;
export type CultivationTier = (typeof CULTIVATION_TIERS)[number];

export interface TierDef {
  label: BilingualText;
  /** The rule-base policy whose versions are this tier's criteria. */
  policyId: string;
  /** The qualification tag set on recognition (rules-engine QUALIFICATION_TAGS). */
  tag: CultivationTier;
  /** Validity of a recognition in years, and whether that figure is only secondary-sourced. */
  validityYears: number;
  validityUnverified: boolean;
  /** The tier below, which the 2026 criteria require first (null for the first tier). */
  below: CultivationTier | null;
}

export const TIERS: Readonly<Record<CultivationTier, TierDef>> = {
  // facts §3.1: 3 years for 专精特新 is [C]; for 创新型 and 小巨人 only [S].
  INNOVATIVE_SME: { label: { zh: '创新型中小企业', en: 'innovative SME' }, policyId: 'innovative-sme', tag: 'INNOVATIVE_SME', validityYears: 3, validityUnverified: true, below: null },
  SPECIALIZED: { label: { zh: '专精特新中小企业', en: 'specialized SME' }, policyId: 'specialized-sme', tag: 'SPECIALIZED', validityYears: 3, validityUnverified: false, below: 'INNOVATIVE_SME' },
  LITTLE_GIANT: { label: { zh: '专精特新“小巨人”企业', en: '“little giant” enterprise' }, policyId: 'little-giant', tag: 'LITTLE_GIANT', validityYears: 3, validityUnverified: true, below: 'SPECIALIZED' },
};

export const isCultivationTier = (x: unknown): x is CultivationTier => typeof x === 'string' && (CULTIVATION_TIERS as readonly string[]).includes(x);
