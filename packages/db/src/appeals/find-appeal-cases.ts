import type { Queryable } from '../database';
import { countUpTo, decodeKey, encodeKey } from '../registry-search/count-up-to';
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
  /** Rows skipped before the page: shallow pages only (at most APPEAL_LIST_MAX_OFFSET); deeper pages go by `after`. */
  offset?: number;
  /** `nextCursor` of the previous page: the page after its last row, however deep. */
  after?: string | null;
  /** Totals are exact up to here (default 10 000), the planner's estimate past it. */
  exactCountLimit?: number;
}

export interface AppealCasePage {
  items: AppealCaseRow[];
  total: number;
  /** The total is the planner's estimate (more than `exactCountLimit` cases). */
  totalEstimated: boolean;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The deepest page reached by skipping rows; deeper pages go by key. */
export const APPEAL_LIST_MAX_OFFSET = 2_000;

/**
 * A page of cases, newest submitted first (the 督办 list: earliest due first), by key: the cursor
 * holds the last row's (instant, case id) and the next page starts after it on the index, so
 * page 5 000 costs what page 1 costs (migration 0803). A malformed cursor is a RangeError.
 */
export async function listAppealCases(q: Queryable, query: AppealCaseQuery): Promise<AppealCasePage> {
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
  const countParams = [...params];
  const { total, estimated } = await countUpTo(q, `FROM appeal_cases ${clause}`, countParams, query.exactCountLimit ?? 10_000);
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = query.after ? 0 : Math.min(Math.max(query.offset ?? 0, 0), APPEAL_LIST_MAX_OFFSET);
  // Key column: the instant as the database prints it (microseconds and offset), read back exactly.
  const [key, dir] = query.dueBefore ? ['next_due_at', 'ASC'] : ['submitted_at', 'DESC'];
  if (query.after) {
    const k = decodeKey(query.after, 2);
    if (!k) throw new RangeError('bad cursor');
    where.push(`(${key}, case_id) ${dir === 'ASC' ? '>' : '<'} (${p(k[0])}::timestamptz, ${p(k[1])})`);
  }
  const rows = await q.query<CaseRowDb & { page_key: string }>(
    `SELECT ${CASE_COLUMNS}, ${key}::text AS page_key FROM appeal_cases ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${key} ${dir}, case_id ${dir} LIMIT ${limit + 1} OFFSET ${offset}`,
    params,
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toCaseRow), total, totalEstimated: estimated, nextCursor: more && last ? encodeKey([last.page_key, last.case_id]) : null };
}

/** Ids of cases not yet in a final status (for the deadline sweep), oldest first. */
export async function listOpenAppealCaseIds(q: Queryable, options: { limit?: number; afterCaseId?: string } = {}): Promise<string[]> {
  const rows = await q.query<{ case_id: string }>(
    `SELECT case_id FROM appeal_cases WHERE closed_at IS NULL AND status NOT IN ('REJECTED', 'WITHDRAWN', 'CLOSED') AND case_id > $1 ORDER BY case_id LIMIT $2`,
    [options.afterCaseId ?? '', options.limit ?? 500],
  );
  return rows.map((r) => r.case_id);
}
