/** The enterprise registry (企业档案) as the application sees it. Money is integer fen. */
export const TAXPAYER_TYPES = ['GENERAL', 'SMALL_SCALE'] as const;
export type TaxpayerType = (typeof TAXPAYER_TYPES)[number];

/** 资质标签 — qualification tags (docs/glossary.md). */
export const QUALIFICATION_TAGS = ['HIGH_TECH', 'TECH_SME', 'INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT'] as const;
export type QualificationTag = (typeof QUALIFICATION_TAGS)[number];

export interface EnterpriseProfileFields {
  name: string;
  registeredAddress: string;
  /** District jurisdiction id, e.g. cn-gd-sz-nanshan. */
  district: string;
  /** GB/T 4754-2017 code: a section letter and optionally 2–4 digits (C, C39, C391, C3911). */
  industryCode: string;
  /** Plain date YYYY-MM-DD. */
  registrationDate: string;
  taxpayerType: TaxpayerType;
  isIndividualBusiness: boolean;
  tags: string[];
}

export interface EnterpriseProfile extends EnterpriseProfileFields {
  uscc: string;
  districtName: { zh: string; en: string };
  version: number;
  /** When this state became valid (ISO timestamp). */
  validFrom: string;
}

export interface YearlyFiguresInput {
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  rdExpenseFen?: number | null;
  mainBusinessRevenueFen?: number | null;
}

export interface YearlyFigures {
  year: number;
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  rdExpenseFen: number | null;
  mainBusinessRevenueFen: number | null;
  version: number;
  validFrom: string;
}

export interface EnterpriseSummary {
  uscc: string;
  name: string;
  district: string;
  districtName: string;
  industryCode: string;
  registrationDate: string;
  tags: string[];
  latestYear: number | null;
  employees: number | null;
  revenueFen: number | null;
}

export type ChangeKind = 'CREATED' | 'IMPORTED' | 'UPDATED';

export interface EnterpriseHistoryEntry {
  kind: 'PROFILE' | 'FIGURES';
  version: number;
  year: number | null;
  changeKind: ChangeKind;
  validFrom: string;
  actor: { id: string; username: string; displayName: string } | null;
  changedFields: string[];
}
