import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** The result of one visit (检查结果) and its publication (一公开). */
export interface StoredResult {
  visitId: string;
  departmentId: string;
  uscc: string;
  enterpriseName: string | null;
  outcome: string;
  summary: string;
  violationEntryId: string | null;
  /** The 轻微免罚/首违不罚 answer as the domain gave it (`PenaltyAssessment`). */
  penaltyAssessment: unknown;
  inspectedOn: string;
  /** Null when the calendar has no data for a year the period runs into. */
  publishDue: string | null;
  recordedAt: string;
  publishedAt: string | null;
}

interface Row {
  visit_id: string;
  department_id: string;
  uscc: string;
  name: string | null;
  outcome: string;
  summary: string;
  violation_entry_id: string | null;
  penalty_assessment: unknown;
  inspected_on: string;
  publish_due: string | null;
  recorded_at: Date | string;
  published_at: Date | string | null;
}
const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());
const SELECT = `SELECT r.visit_id, r.department_id, r.uscc, e.name, r.outcome, r.summary, r.violation_entry_id, r.penalty_assessment,
  r.inspected_on::text AS inspected_on, r.publish_due::text AS publish_due, r.recorded_at, r.published_at
  FROM inspection_results r LEFT JOIN enterprises e ON e.uscc = r.uscc`;
const toResult = (r: Row): StoredResult => ({
  visitId: r.visit_id, departmentId: r.department_id, uscc: r.uscc, enterpriseName: r.name, outcome: r.outcome, summary: r.summary, violationEntryId: r.violation_entry_id,
  penaltyAssessment: r.penalty_assessment, inspectedOn: r.inspected_on, publishDue: r.publish_due, recordedAt: iso(r.recorded_at), publishedAt: r.published_at === null ? null : iso(r.published_at),
});

export type NewResult = Pick<StoredResult, 'visitId' | 'departmentId' | 'uscc' | 'outcome' | 'summary' | 'violationEntryId' | 'penaltyAssessment' | 'inspectedOn' | 'publishDue'>;

/** Records a visit's result (one per visit; false when it has one already). Audited. */
export async function recordResult(tx: Queryable, input: NewResult, userId: string | null, at: Date = new Date()): Promise<boolean> {
  const rows = await tx.query<{ visit_id: string }>(
    `INSERT INTO inspection_results (visit_id, department_id, uscc, outcome, summary, violation_entry_id, penalty_assessment, inspected_on, publish_due, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::date, $9::date, $10, $11) ON CONFLICT (visit_id) DO NOTHING RETURNING visit_id`,
    [input.visitId, input.departmentId, input.uscc, input.outcome, input.summary, input.violationEntryId, input.penaltyAssessment === null ? null : JSON.stringify(input.penaltyAssessment), input.inspectedOn, input.publishDue, at.toISOString(), userId],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'INSPECTION_RESULT_RECORDED', subject: input.visitId, payload: { departmentId: input.departmentId, uscc: input.uscc, outcome: input.outcome, publishDue: input.publishDue } }, userId, at);
  return true;
}

/** Publishes a result (once; publishing again changes nothing and returns the stored result). Audited. */
export async function publishResult(tx: Queryable, visitId: string, userId: string | null, at: Date = new Date()): Promise<StoredResult | null> {
  const rows = await tx.query<{ department_id: string }>('UPDATE inspection_results SET published_at = $2, published_by = $3 WHERE visit_id = $1 AND published_at IS NULL RETURNING department_id', [visitId, at.toISOString(), userId]);
  if (rows[0]) await appendAuditEvent(tx, { type: 'INSPECTION_RESULT_PUBLISHED', subject: visitId, payload: { departmentId: rows[0].department_id } }, userId, at);
  return getResult(tx, visitId);
}

export async function getResult(q: Queryable, visitId: string): Promise<StoredResult | null> {
  const [row] = await q.query<Row>(`${SELECT} WHERE r.visit_id = $1`, [visitId]);
  return row ? toResult(row) : null;
}

/** Results of a department, an enterprise, or published ones (newest first, at most 500). */
export async function listResults(q: Queryable, where: { departmentId?: string; uscc?: string; publishedOnly?: boolean }): Promise<StoredResult[]> {
  const rows = await q.query<Row>(
    `${SELECT} WHERE ($1::text IS NULL OR r.department_id = $1) AND ($2::text IS NULL OR r.uscc = $2) AND (NOT $3 OR r.published_at IS NOT NULL)
     ORDER BY r.inspected_on DESC, r.recorded_at DESC, r.visit_id LIMIT 500`,
    [where.departmentId ?? null, where.uscc ?? null, where.publishedOnly === true],
  );
  return rows.map(toResult);
}

/** Earlier findings of one list entry against one enterprise (首违: the enterprise's history decides "first"). */
export async function earlierFindings(q: Queryable, uscc: string, violationEntryId: string, before: string): Promise<number> {
  const [row] = await q.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM inspection_results WHERE uscc = $1 AND violation_entry_id = $2 AND inspected_on <= $3::date AND outcome <> 'NO_PROBLEM'`,
    [uscc, violationEntryId, before],
  );
  return Number(row?.n ?? 0);
}
