/** Column mappings and version-row helpers shared by the registry's write use cases. */
import type { Queryable } from '../database';
import type { ChangeKind, EnterpriseProfileFields, YearlyFiguresInput } from './enterprise-types';

export const PROFILE_COLUMNS: Record<keyof EnterpriseProfileFields, string> = {
  name: 'name',
  registeredAddress: 'registered_address',
  district: 'district',
  industryCode: 'industry_code',
  registrationDate: 'registration_date',
  taxpayerType: 'taxpayer_type',
  isIndividualBusiness: 'is_individual_business',
  tags: 'tags',
};
export const PROFILE_KEYS = Object.keys(PROFILE_COLUMNS) as (keyof EnterpriseProfileFields)[];

export const FIGURE_COLUMNS: Record<keyof YearlyFiguresInput, string> = {
  employees: 'employees',
  revenueFen: 'revenue_fen',
  totalAssetsFen: 'total_assets_fen',
  rdExpenseFen: 'rd_expense_fen',
  mainBusinessRevenueFen: 'main_business_revenue_fen',
};
export const FIGURE_KEYS = Object.keys(FIGURE_COLUMNS) as (keyof YearlyFiguresInput)[];

export function profileValues(p: EnterpriseProfileFields): unknown[] {
  return [p.name, p.registeredAddress, p.district, p.industryCode, p.registrationDate, p.taxpayerType, p.isIndividualBusiness, normaliseTags(p.tags)];
}

export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].sort();
}

export async function appendProfileVersion(tx: Queryable, uscc: string, version: number, p: EnterpriseProfileFields, kind: ChangeKind, changed: string[], actorUserId: string | null, at: string): Promise<void> {
  await tx.query(
    `INSERT INTO enterprise_versions (uscc, version, valid_from, actor_user_id, change_kind, changed_fields,
       name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [uscc, version, at, actorUserId, kind, changed, ...profileValues(p)],
  );
}
