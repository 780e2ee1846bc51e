import type { Fen, PlainDate, Uscc } from '@huiqi/kernel';

export type TaxpayerType = 'GENERAL' | 'SMALL_SCALE';

/** Qualification tags (docs/glossary.md 资质标签). */
export const QUALIFICATION_TAGS = ['HIGH_TECH', 'TECH_SME', 'INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT'] as const;
export type QualificationTag = (typeof QUALIFICATION_TAGS)[number];

/** One fiscal year's figures (年度数据); money in integer fen. */
export interface YearlyFigures {
  year: number;
  employees: number;
  revenueFen: Fen;
  totalAssetsFen: Fen;
  rdExpenseFen: Fen;
  /** Never more than revenueFen. */
  mainBusinessRevenueFen: Fen;
}

/**
 * A fake enterprise profile. Its uscc follows a pattern no real code uses (see fake-uscc.ts),
 * so synthetic rows can never be mistaken for, or collide with, a real company.
 * Consumed as-is by demo seeding: keep this shape.
 */
export interface SyntheticEnterprise {
  uscc: Uscc;
  name: string;
  /** District jurisdiction slug, e.g. `cn-gd-sz-nanshan`. */
  district: string;
  districtName: string;
  registeredAddress: string;
  /** GB/T 4754-2017 code (division such as `C39`, or group such as `K701` where the size standard needs it). */
  industryCode: string;
  registrationDate: PlainDate;
  taxpayerType: TaxpayerType;
  isIndividualBusiness: boolean;
  tags: QualificationTag[];
  /** Consecutive years ending at the population year, oldest first (1–3 entries: none before registration). */
  figures: YearlyFigures[];
}
