import type { BilingualText } from '../i18n/bilingual';

/** Types of the HTTP API's JSON bodies (see packages/api). Money is always integer fen. */

export const ROLES = ['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE'] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdiction: string;
  uscc?: string | null;
  enterpriseName?: string | null;
  departmentId?: string | null;
  departmentName?: BilingualText | null;
  institutionId?: string | null;
  institutionName?: BilingualText | null;
  isDemo?: boolean;
  /** The administrator requires a new password before anything else. */
  mustChangePassword?: boolean;
}

export const QUALIFICATION_TAGS = ['HIGH_TECH', 'TECH_SME', 'SPECIALIZED', 'LITTLE_GIANT', 'INNOVATIVE_SME'] as const;
export type QualificationTag = (typeof QUALIFICATION_TAGS)[number];

export type TaxpayerType = 'GENERAL' | 'SMALL_SCALE';

export interface EnterpriseSummary {
  uscc: string;
  name: string;
  district: string;
  /** The server sends the Chinese name here; the code is in `district`. */
  districtName: BilingualText | string;
  industryCode: string;
  registrationDate: string;
  tags: string[];
  latestYear: number | null;
  employees: number | null;
  revenueFen: number | null;
}

export interface EnterpriseList {
  items: EnterpriseSummary[];
  total: number;
  page?: number;
  pageSize?: number;
}

export interface EnterpriseSearchQuery {
  q?: string;
  district?: string;
  industry?: string;
  tag?: string;
  page: number;
  pageSize: number;
}

export interface Enterprise {
  uscc: string;
  name: string;
  registeredAddress: string;
  district: string;
  districtName: BilingualText | string;
  industryCode: string;
  registrationDate: string;
  taxpayerType: TaxpayerType;
  isIndividualBusiness: boolean;
  tags: string[];
}

/** The body of `PATCH /api/enterprises/:uscc`: only the fields to change. */
export type EnterprisePatch = Partial<
  Pick<Enterprise, 'name' | 'registeredAddress' | 'district' | 'industryCode' | 'registrationDate' | 'taxpayerType' | 'isIndividualBusiness' | 'tags'>
>;

export interface YearlyFigures {
  year: number;
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  rdExpenseFen: number | null;
  mainBusinessRevenueFen: number | null;
  version?: number;
  validFrom?: string;
}

/** The body of `PUT /figures/:year`; it replaces the year's figures (null = not reported). */
export interface YearlyFiguresInput {
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  rdExpenseFen: number | null;
  mainBusinessRevenueFen: number | null;
}

export interface SaveFiguresResult {
  figures: YearlyFigures;
  status: 'UPDATED' | 'UNCHANGED';
  changedFields: string[];
}

export interface Jurisdiction {
  id: string;
  parentId: string | null;
  name: BilingualText;
}

export interface EnterpriseDetail {
  enterprise: Enterprise;
  figures: YearlyFigures[];
  /** What the signed-in user may do with this enterprise. */
  permissions: { canEdit: boolean; canEditTags?: boolean; canRecordFigures?: boolean };
}

export type ChangeKind = 'CREATED' | 'IMPORTED' | 'UPDATED';

/** One version of the enterprise profile (`PROFILE`) or of one year's figures (`FIGURES`). */
export interface HistoryEntry {
  kind: 'PROFILE' | 'FIGURES';
  version: number;
  year: number | null;
  changeKind: ChangeKind;
  /** ISO timestamp from which this version is valid. */
  validFrom: string;
  actor: { id: string; username: string; displayName: string } | null;
  /** Profile or figure field names (`employees`, `revenueFen`, `tags` …). */
  changedFields: string[];
}

export interface Officer {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface Department {
  id: string;
  name: BilingualText;
  jurisdiction: string;
  isSmeBureau?: boolean;
}

export interface DepartmentDetail {
  department: Department;
  officers: Officer[];
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  /** True when the server runs with the demo logins (HUIQI_DEMO=1); the login page then lists them. */
  demo?: boolean;
}

/** The error body every failing endpoint sends. */
export interface ApiErrorBody {
  error: { code: string; message: BilingualText; details?: unknown };
}
