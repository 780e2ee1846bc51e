import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { ChangeKind, EnterpriseProfileFields, YearlyFiguresInput } from './enterprise-types';

const PROFILE_COLUMNS: Record<keyof EnterpriseProfileFields, string> = {
  name: 'name',
  registeredAddress: 'registered_address',
  district: 'district',
  industryCode: 'industry_code',
  registrationDate: 'registration_date',
  taxpayerType: 'taxpayer_type',
  isIndividualBusiness: 'is_individual_business',
  tags: 'tags',
};
const PROFILE_KEYS = Object.keys(PROFILE_COLUMNS) as (keyof EnterpriseProfileFields)[];

const FIGURE_COLUMNS: Record<keyof YearlyFiguresInput, string> = {
  employees: 'employees',
  revenueFen: 'revenue_fen',
  totalAssetsFen: 'total_assets_fen',
  rdExpenseFen: 'rd_expense_fen',
  mainBusinessRevenueFen: 'main_business_revenue_fen',
};
const FIGURE_KEYS = Object.keys(FIGURE_COLUMNS) as (keyof YearlyFiguresInput)[];

function profileValues(p: EnterpriseProfileFields): unknown[] {
  return [p.name, p.registeredAddress, p.district, p.industryCode, p.registrationDate, p.taxpayerType, p.isIndividualBusiness, normaliseTags(p.tags)];
}

export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].sort();
}

async function appendProfileVersion(tx: Queryable, uscc: string, version: number, p: EnterpriseProfileFields, kind: ChangeKind, changed: string[], actorUserId: string | null, at: string): Promise<void> {
  await tx.query(
    `INSERT INTO enterprise_versions (uscc, version, valid_from, actor_user_id, change_kind, changed_fields,
       name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [uscc, version, at, actorUserId, kind, changed, ...profileValues(p)],
  );
}

/** Registers a new enterprise (version 1). Throws on a duplicate uscc. */
export async function createEnterprise(tx: Queryable, uscc: string, profile: EnterpriseProfileFields, actorUserId: string | null, at = new Date()): Promise<void> {
  const ts = at.toISOString();
  await tx.query(
    `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type,
       is_individual_business, tags, version, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11)`,
    [uscc, ...profileValues(profile), ts, actorUserId],
  );
  await appendProfileVersion(tx, uscc, 1, profile, 'CREATED', PROFILE_KEYS, actorUserId, ts);
  await appendAuditEvent(tx, { type: 'ENTERPRISE_CREATED', subject: uscc, payload: { name: profile.name, district: profile.district, version: 1 } }, actorUserId, at);
}

export type UpdateOutcome = { status: 'UPDATED'; version: number; changedFields: string[] } | { status: 'UNCHANGED'; version: number } | { status: 'NOT_FOUND' };

/**
 * Applies a partial profile change: a new version row (append-only) plus the current row, and the
 * audit event, all in the caller's transaction. A change that changes nothing writes nothing.
 */
export async function updateEnterpriseProfile(tx: Queryable, uscc: string, patch: Partial<EnterpriseProfileFields>, actorUserId: string | null, at = new Date()): Promise<UpdateOutcome> {
  const [row] = await tx.query<Record<string, unknown> & { version: number }>(
    `SELECT name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version
     FROM enterprises WHERE uscc = $1 FOR UPDATE`,
    [uscc],
  );
  if (!row) return { status: 'NOT_FOUND' };
  const current = Object.fromEntries(PROFILE_KEYS.map((k) => [k, row[PROFILE_COLUMNS[k]]])) as unknown as EnterpriseProfileFields;
  const next: EnterpriseProfileFields = { ...current, ...stripUndefined(patch) };
  next.tags = normaliseTags(next.tags);
  const changed = PROFILE_KEYS.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(k === 'tags' ? normaliseTags(current.tags) : current[k]));
  if (changed.length === 0) return { status: 'UNCHANGED', version: row.version };
  const version = row.version + 1;
  const ts = at.toISOString();
  await tx.query(
    `UPDATE enterprises SET name = $2, registered_address = $3, district = $4, industry_code = $5, registration_date = $6,
       taxpayer_type = $7, is_individual_business = $8, tags = $9, version = $10, updated_at = $11, updated_by = $12
     WHERE uscc = $1`,
    [uscc, ...profileValues(next), version, ts, actorUserId],
  );
  await appendProfileVersion(tx, uscc, version, next, 'UPDATED', changed, actorUserId, ts);
  await appendAuditEvent(tx, { type: 'ENTERPRISE_PROFILE_UPDATED', subject: uscc, payload: { version, changedFields: changed } }, actorUserId, at);
  return { status: 'UPDATED', version, changedFields: changed };
}

/** Records (creates or replaces) one year's figures, as a new version. */
export async function recordYearlyFigures(tx: Queryable, uscc: string, year: number, input: YearlyFiguresInput, actorUserId: string | null, at = new Date()): Promise<UpdateOutcome> {
  const [exists] = await tx.query('SELECT 1 AS one FROM enterprises WHERE uscc = $1', [uscc]);
  if (!exists) return { status: 'NOT_FOUND' };
  const [row] = await tx.query<Record<string, unknown> & { version: number }>(
    `SELECT employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version
     FROM enterprise_figures WHERE uscc = $1 AND year = $2 FOR UPDATE`,
    [uscc, year],
  );
  const next = {
    employees: input.employees,
    revenueFen: input.revenueFen,
    totalAssetsFen: input.totalAssetsFen,
    rdExpenseFen: input.rdExpenseFen ?? null,
    mainBusinessRevenueFen: input.mainBusinessRevenueFen ?? null,
  };
  const changed = row ? FIGURE_KEYS.filter((k) => row[FIGURE_COLUMNS[k]] !== next[k]) : FIGURE_KEYS;
  if (row && changed.length === 0) return { status: 'UNCHANGED', version: row.version };
  const version = (row?.version ?? 0) + 1;
  const ts = at.toISOString();
  const values = [next.employees, next.revenueFen, next.totalAssetsFen, next.rdExpenseFen, next.mainBusinessRevenueFen];
  await tx.query(
    `INSERT INTO enterprise_figures (uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (uscc, year) DO UPDATE SET employees = EXCLUDED.employees, revenue_fen = EXCLUDED.revenue_fen,
       total_assets_fen = EXCLUDED.total_assets_fen, rd_expense_fen = EXCLUDED.rd_expense_fen,
       main_business_revenue_fen = EXCLUDED.main_business_revenue_fen, version = EXCLUDED.version,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [uscc, year, ...values, version, ts, actorUserId],
  );
  await tx.query(
    `INSERT INTO enterprise_figure_versions (uscc, year, version, valid_from, actor_user_id, change_kind, changed_fields,
       employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [uscc, year, version, ts, actorUserId, row ? 'UPDATED' : 'CREATED', changed, ...values],
  );
  await appendAuditEvent(tx, { type: 'ENTERPRISE_FIGURES_RECORDED', subject: uscc, payload: { year, version, changedFields: changed } }, actorUserId, at);
  return { status: 'UPDATED', version, changedFields: changed };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
