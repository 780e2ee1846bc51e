import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/**
 * An enterprise's report of an inspection visit that was not registered through the 监督码 system
 * (深圳条例 第六十八条第二款: every on-site inspection is registered); the report became an appeal
 * of type INSPECTION_COMPLAINT, linked here. Audited.
 */
export async function recordUnregisteredReport(
  tx: Queryable,
  input: { uscc: string; departmentId: string | null; visitedOn: string; appealCaseId: string; trackingNumber: string },
  userId: string | null,
  at: Date = new Date(),
): Promise<string> {
  const id = `iu-${randomUUID()}`;
  await tx.query(
    `INSERT INTO inspection_unregistered_reports (id, uscc, department_id, visited_on, appeal_case_id, tracking_number, submitted_at) VALUES ($1, $2, $3, $4::date, $5, $6, $7)`,
    [id, input.uscc, input.departmentId, input.visitedOn, input.appealCaseId, input.trackingNumber, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'INSPECTION_UNREGISTERED_REPORTED', subject: id, payload: { departmentId: input.departmentId, trackingNumber: input.trackingNumber } }, userId, at);
  return id;
}

/** Unregistered-visit reports naming a department (or all), newest first: count per department for the dashboard. */
export async function unregisteredReportCounts(q: Queryable): Promise<{ departmentId: string | null; count: number }[]> {
  const rows = await q.query<{ department_id: string | null; n: number | string }>('SELECT department_id, count(*) AS n FROM inspection_unregistered_reports GROUP BY department_id ORDER BY department_id NULLS LAST');
  return rows.map((r) => ({ departmentId: r.department_id, count: Number(r.n) }));
}
