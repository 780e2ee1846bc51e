import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface StoredInspector {
  id: string;
  departmentId: string;
  name: string;
  certificateNo: string;
  userId: string | null;
  conflicts: string[];
  isActive: boolean;
}

interface Row {
  id: string;
  department_id: string;
  name: string;
  certificate_no: string;
  user_id: string | null;
  conflicts: string[];
  is_active: boolean;
}
const toInspector = (r: Row): StoredInspector => ({ id: r.id, departmentId: r.department_id, name: r.name, certificateNo: r.certificate_no, userId: r.user_id, conflicts: r.conflicts, isActive: r.is_active });

/** Adds or replaces an inspector of a department's roster (执法检查人员名录库; ids are per department) with declared conflicts; audited. */
export async function saveInspector(tx: Queryable, inspector: StoredInspector, actorUserId: string | null, at: Date = new Date()): Promise<StoredInspector> {
  const [row] = await tx.query<Row>(
    `INSERT INTO inspection_inspectors (id, department_id, name, certificate_no, user_id, conflicts, is_active)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7)
     ON CONFLICT (department_id, id) DO UPDATE SET name = EXCLUDED.name, certificate_no = EXCLUDED.certificate_no, user_id = EXCLUDED.user_id,
       conflicts = EXCLUDED.conflicts, is_active = EXCLUDED.is_active
     RETURNING id, department_id, name, certificate_no, user_id, conflicts, is_active`,
    [inspector.id, inspector.departmentId, inspector.name, inspector.certificateNo, inspector.userId, inspector.conflicts, inspector.isActive],
  );
  await appendAuditEvent(tx, { type: 'INSPECTION_INSPECTOR_SAVED', subject: inspector.id, payload: { departmentId: inspector.departmentId, conflicts: inspector.conflicts.length, isActive: inspector.isActive } }, actorUserId, at);
  return toInspector(row!);
}

/** A department's roster by id; `activeOnly` for drawing. */
export async function listInspectors(q: Queryable, departmentId: string, activeOnly = false): Promise<StoredInspector[]> {
  const rows = await q.query<Row>(
    'SELECT id, department_id, name, certificate_no, user_id, conflicts, is_active FROM inspection_inspectors WHERE department_id = $1 AND (NOT $2 OR is_active) ORDER BY id',
    [departmentId, activeOnly],
  );
  return rows.map(toInspector);
}
