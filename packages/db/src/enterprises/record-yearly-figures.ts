import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { YearlyFiguresInput } from './enterprise-types';
import { FIGURE_COLUMNS, FIGURE_KEYS } from './enterprise-columns';
import type { UpdateOutcome } from './update-outcome';

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
