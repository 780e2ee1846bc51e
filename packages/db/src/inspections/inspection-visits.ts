import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** A registered inspection visit (检查任务, 扫码入企). */
export interface StoredVisit {
  id: string;
  departmentId: string;
  uscc: string;
  planId: string | null;
  itemIds: string[];
  inspectorIds: string[];
  isEmergency: boolean;
  emergencyReason: string | null;
  registeredAt: string;
  closedAt: string | null;
}

interface Row {
  id: string;
  department_id: string;
  uscc: string;
  plan_id: string | null;
  item_ids: string[];
  inspector_ids: string[];
  is_emergency: boolean;
  emergency_reason: string | null;
  registered_at: Date | string;
  closed_at: Date | string | null;
}
const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());
const COLUMNS = 'id, department_id, uscc, plan_id, item_ids, inspector_ids, is_emergency, emergency_reason, registered_at, closed_at';
const toVisit = (r: Row): StoredVisit => ({
  id: r.id, departmentId: r.department_id, uscc: r.uscc, planId: r.plan_id, itemIds: r.item_ids, inspectorIds: r.inspector_ids,
  isEmergency: r.is_emergency, emergencyReason: r.emergency_reason, registeredAt: iso(r.registered_at), closedAt: r.closed_at === null ? null : iso(r.closed_at),
});

/** A planned target registered a second time (unique per plan and enterprise). */
export class VisitAlreadyRegisteredError extends Error {
  constructor(readonly planId: string, readonly uscc: string) {
    super(`a visit to ${uscc} in plan ${planId} is already registered`);
  }
}

/** Registers a visit (checked by the caller: inspectors, published items, drawn target); audited. */
export async function registerVisit(
  tx: Queryable,
  input: Omit<StoredVisit, 'id' | 'registeredAt' | 'closedAt'>,
  userId: string | null,
  at: Date = new Date(),
): Promise<StoredVisit> {
  const id = `it-${randomUUID()}`;
  const [row] = await tx.query<Row>(
    `INSERT INTO inspection_visits (id, department_id, uscc, plan_id, item_ids, inspector_ids, is_emergency, emergency_reason, registered_at, registered_by)
     VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
    [id, input.departmentId, input.uscc, input.planId, input.itemIds, input.inspectorIds, input.isEmergency, input.emergencyReason, at.toISOString(), userId],
  );
  if (!row) throw new VisitAlreadyRegisteredError(input.planId ?? '', input.uscc);
  await appendAuditEvent(
    tx,
    { type: 'INSPECTION_VISIT_REGISTERED', subject: id, payload: { departmentId: input.departmentId, uscc: input.uscc, planId: input.planId, inspectorIds: input.inspectorIds, isEmergency: input.isEmergency } },
    userId,
    at,
  );
  return toVisit(row);
}

/** Closes a visit (once; closing again changes nothing). Null when there is no such visit. */
export async function closeVisit(tx: Queryable, id: string, userId: string | null, at: Date = new Date()): Promise<StoredVisit | null> {
  const [row] = await tx.query<Row>(`UPDATE inspection_visits SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL RETURNING ${COLUMNS}`, [id, at.toISOString()]);
  if (!row) return getVisit(tx, id);
  await appendAuditEvent(tx, { type: 'INSPECTION_VISIT_CLOSED', subject: id, payload: { departmentId: row.department_id } }, userId, at);
  return toVisit(row);
}

export async function getVisit(q: Queryable, id: string): Promise<StoredVisit | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM inspection_visits WHERE id = $1`, [id]);
  return row ? toVisit(row) : null;
}

/** A department's visits, newest first (at most 500). */
export async function listVisits(q: Queryable, departmentId: string): Promise<StoredVisit[]> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM inspection_visits WHERE department_id = $1 ORDER BY registered_at DESC, id LIMIT 500`, [departmentId]);
  return rows.map(toVisit);
}

/**
 * The anonymous rating of a visit: no user is stored, and the audit event names only the visit's
 * department. False when the visit was rated already (one rating per visit).
 */
export async function rateVisit(tx: Queryable, visit: StoredVisit, score: number, ratedOn: string, at: Date = new Date()): Promise<boolean> {
  const rows = await tx.query<{ visit_id: string }>(
    'INSERT INTO inspection_visit_ratings (visit_id, department_id, score, rated_on) VALUES ($1, $2, $3, $4::date) ON CONFLICT (visit_id) DO NOTHING RETURNING visit_id',
    [visit.id, visit.departmentId, score, ratedOn],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'INSPECTION_VISIT_RATED', subject: visit.departmentId, payload: { departmentId: visit.departmentId } }, null, at);
  return true;
}

export async function isVisitRated(q: Queryable, visitId: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM inspection_visit_ratings WHERE visit_id = $1', [visitId])).length > 0;
}

/** Ratings aggregated per department (count, sum of scores): never per enterprise or visit. */
export async function ratingTotals(q: Queryable, departmentId: string | null): Promise<{ departmentId: string; count: number; scoreSum: number }[]> {
  const rows = await q.query<{ department_id: string; n: string | number; s: string | number }>(
    `SELECT department_id, count(*) AS n, sum(score) AS s FROM inspection_visit_ratings WHERE ($1::text IS NULL OR department_id = $1) GROUP BY department_id ORDER BY department_id`,
    [departmentId],
  );
  return rows.map((r) => ({ departmentId: r.department_id, count: Number(r.n), scoreSum: Number(r.s) }));
}

/** The complaint a visit became (its appeal), if any. */
export async function visitComplaint(q: Queryable, visitId: string): Promise<{ appealCaseId: string; trackingNumber: string } | null> {
  const [row] = await q.query<{ appeal_case_id: string; tracking_number: string }>('SELECT appeal_case_id, tracking_number FROM inspection_visit_complaints WHERE visit_id = $1', [visitId]);
  return row ? { appealCaseId: row.appeal_case_id, trackingNumber: row.tracking_number } : null;
}

/** Links a visit to the appeal its complaint became; false when it had one already. Audited. */
export async function recordVisitComplaint(tx: Queryable, visit: StoredVisit, appeal: { appealCaseId: string; trackingNumber: string }, userId: string | null, at: Date = new Date()): Promise<boolean> {
  const rows = await tx.query<{ visit_id: string }>(
    'INSERT INTO inspection_visit_complaints (visit_id, appeal_case_id, tracking_number, submitted_at) VALUES ($1, $2, $3, $4) ON CONFLICT (visit_id) DO NOTHING RETURNING visit_id',
    [visit.id, appeal.appealCaseId, appeal.trackingNumber, at.toISOString()],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'INSPECTION_VISIT_COMPLAINED', subject: visit.id, payload: { departmentId: visit.departmentId, trackingNumber: appeal.trackingNumber } }, userId, at);
  return true;
}

/** Every department's visits registered in [from, to) (ISO instants), oldest first: the input of frequency warnings. */
export async function visitsRegisteredBetween(q: Queryable, from: string, to: string): Promise<StoredVisit[]> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM inspection_visits WHERE registered_at >= $1 AND registered_at < $2 ORDER BY registered_at, id`, [from, to]);
  return rows.map(toVisit);
}
