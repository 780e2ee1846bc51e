import type { Queryable } from '../database';
import type { AppealCaseRow } from './appeal-records';
import { CASE_COLUMNS, toCaseRow, type CaseRowDb } from './appeal-case-rows';

export async function findAppealCaseByTrackingNumber(q: Queryable, trackingNumber: string): Promise<AppealCaseRow | null> {
  const [row] = await q.query<CaseRowDb>(`SELECT ${CASE_COLUMNS} FROM appeal_cases WHERE tracking_number = $1`, [trackingNumber]);
  return row ? toCaseRow(row) : null;
}

export async function findAppealCaseById(q: Queryable, caseId: string): Promise<AppealCaseRow | null> {
  const [row] = await q.query<CaseRowDb>(`SELECT ${CASE_COLUMNS} FROM appeal_cases WHERE case_id = $1`, [caseId]);
  return row ? toCaseRow(row) : null;
}

/**
 * Which cases a list shows (the caller decides from the viewer's role; presentCaseFor still
 * filters each case):
 * - REPORTER: cases submitted by this user or by this enterprise;
 * - DEPARTMENT: cases the department owns, leads or co-handles;
 * - ALL: every case (supervision office).
 */
export type AppealCaseScope =
  | { kind: 'REPORTER'; userId: string; uscc: string | null }
  | { kind: 'DEPARTMENT'; departmentId: string }
  | { kind: 'ALL' };

export interface AppealCaseQuery {
  scope: AppealCaseScope;
  statuses?: readonly string[];
  /** Only open cases whose earliest running due instant is before this instant (督办 list). */
  dueBefore?: string;
  /** Submitted in [from, to) (ISO instants). */
  submittedFrom?: string;
  submittedTo?: string;
  limit?: number;
  offset?: number;
}

export async function listAppealCases(q: Queryable, query: AppealCaseQuery): Promise<{ items: AppealCaseRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const s = query.scope;
  if (s.kind === 'REPORTER') where.push(s.uscc ? `(reporter_user_id = ${p(s.userId)} OR reporter_uscc = ${p(s.uscc)})` : `reporter_user_id = ${p(s.userId)}`);
  if (s.kind === 'DEPARTMENT') {
    const d = p(s.departmentId);
    where.push(`(owner_department = ${d} OR lead_department = ${d} OR ${d} = ANY(co_handlers))`);
  }
  if (query.statuses && query.statuses.length > 0) where.push(`status = ANY(${p([...query.statuses])}::text[])`);
  if (query.dueBefore) where.push(`closed_at IS NULL AND next_due_at IS NOT NULL AND next_due_at < ${p(query.dueBefore)}`);
  if (query.submittedFrom) where.push(`submitted_at >= ${p(query.submittedFrom)}`);
  if (query.submittedTo) where.push(`submitted_at < ${p(query.submittedTo)}`);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await q.query<{ n: number }>(`SELECT count(*) AS n FROM appeal_cases ${clause}`, params);
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  const order = query.dueBefore ? 'next_due_at ASC, case_id' : 'submitted_at DESC, case_id';
  const rows = await q.query<CaseRowDb>(`SELECT ${CASE_COLUMNS} FROM appeal_cases ${clause} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, params);
  return { items: rows.map(toCaseRow), total: count?.n ?? 0 };
}

/** Ids of cases not yet in a final status (for the deadline sweep), oldest first. */
export async function listOpenAppealCaseIds(q: Queryable, options: { limit?: number; afterCaseId?: string } = {}): Promise<string[]> {
  const rows = await q.query<{ case_id: string }>(
    `SELECT case_id FROM appeal_cases WHERE closed_at IS NULL AND status NOT IN ('REJECTED', 'WITHDRAWN', 'CLOSED') AND case_id > $1 ORDER BY case_id LIMIT $2`,
    [options.afterCaseId ?? '', options.limit ?? 500],
  );
  return rows.map((r) => r.case_id);
}
