import { randomUUID } from 'node:crypto';
import type { SizeClass, SmeSizeClass } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export type DeclarationCheckStatus = 'CONSISTENT' | 'MISMATCH' | 'INCOMPLETE';

/** A 中小企业声明函 as issued, with the registry check made at issue. */
export interface ProcurementDeclaration {
  id: string;
  uscc: string;
  projectId: string | null;
  category: 'GOODS' | 'WORKS' | 'SERVICES';
  purchaser: string;
  projectName: string;
  declaredOn: string;
  declaredSize: SmeSizeClass;
  computedSize: SizeClass | null;
  checkStatus: DeclarationCheckStatus;
  /** The structured declaration (title, opening, lines, items …). */
  content: Record<string, unknown>;
  checkResult: Record<string, unknown>;
  createdAt: string;
  createdBy: string | null;
}

export type NewProcurementDeclaration = Omit<ProcurementDeclaration, 'id' | 'createdAt' | 'createdBy'>;

interface Row {
  id: string;
  uscc: string;
  project_id: string | null;
  category: ProcurementDeclaration['category'];
  purchaser: string;
  project_name: string;
  declared_on: string;
  declared_size: ProcurementDeclaration['declaredSize'];
  computed_size: ProcurementDeclaration['computedSize'];
  check_status: DeclarationCheckStatus;
  content: Record<string, unknown>;
  check_result: Record<string, unknown>;
  created_at: string;
  created_by: string | null;
}

const COLUMNS = 'id, uscc, project_id, category, purchaser, project_name, declared_on, declared_size, computed_size, check_status, content, check_result, created_at, created_by';
const toDeclaration = (r: Row): ProcurementDeclaration => ({
  id: r.id,
  uscc: r.uscc,
  projectId: r.project_id,
  category: r.category,
  purchaser: r.purchaser,
  projectName: r.project_name,
  declaredOn: r.declared_on,
  declaredSize: r.declared_size,
  computedSize: r.computed_size,
  checkStatus: r.check_status,
  content: r.content,
  checkResult: r.check_result,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Stores an issued declaration and its audit event (subject: the enterprise). */
export async function recordProcurementDeclaration(tx: Queryable, d: NewProcurementDeclaration, actorUserId: string | null, at: Date = new Date()): Promise<ProcurementDeclaration> {
  const id = `pd-${randomUUID()}`;
  const [row] = await tx.query<Row>(
    `INSERT INTO procurement_declarations (id, uscc, project_id, category, purchaser, project_name, declared_on, declared_size, computed_size, check_status, content, check_result, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14) RETURNING ${COLUMNS}`,
    [id, d.uscc, d.projectId, d.category, d.purchaser, d.projectName, d.declaredOn, d.declaredSize, d.computedSize, d.checkStatus, JSON.stringify(d.content), JSON.stringify(d.checkResult), at.toISOString(), actorUserId],
  );
  await appendAuditEvent(tx, { type: 'PROCUREMENT_DECLARATION_ISSUED', subject: d.uscc, payload: { declarationId: id, category: d.category, projectId: d.projectId, checkStatus: d.checkStatus } }, actorUserId, at);
  return toDeclaration(row!);
}

export async function getProcurementDeclaration(db: Queryable, id: string): Promise<ProcurementDeclaration | null> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM procurement_declarations WHERE id = $1`, [id]);
  return row ? toDeclaration(row) : null;
}

/** Declarations of one enterprise and/or one project, or of everyone with the given check statuses; newest first. */
export async function listProcurementDeclarations(
  db: Queryable,
  query: { uscc?: string | null; projectId?: string | null; statuses?: readonly DeclarationCheckStatus[] | null; limit?: number },
): Promise<ProcurementDeclaration[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM procurement_declarations
     WHERE ($1::text IS NULL OR uscc = $1) AND ($2::text[] IS NULL OR check_status = ANY($2::text[])) AND ($4::text IS NULL OR project_id = $4)
     ORDER BY created_at DESC, id LIMIT $3`,
    [query.uscc ?? null, query.statuses ? [...query.statuses] : null, query.limit ?? 200, query.projectId ?? null],
  );
  return rows.map(toDeclaration);
}
