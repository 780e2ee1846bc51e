import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export type InspectionMethodCode = 'ON_SITE' | 'IN_WRITING' | 'REMOTE';

export interface StoredInspectionItem {
  id: string;
  departmentId: string;
  name: string;
  legalBasis: string[];
  method: InspectionMethodCode;
  annualCapPerEnterprise: number;
  publishedAt: string | null;
  createdAt: string;
}

interface Row {
  id: string;
  department_id: string;
  name: string;
  legal_basis: string[];
  method: InspectionMethodCode;
  annual_cap: number;
  published_at: string | null;
  created_at: string;
}
const COLUMNS = 'id, department_id, name, legal_basis, method, annual_cap, published_at, created_at';
const toItem = (r: Row): StoredInspectionItem => ({
  id: r.id, departmentId: r.department_id, name: r.name, legalBasis: r.legal_basis, method: r.method, annualCapPerEnterprise: r.annual_cap, publishedAt: r.published_at, createdAt: r.created_at,
});

/** Registers an item (not yet published); audited. Call inside a transaction. */
export async function createInspectionItem(
  tx: Queryable,
  input: { departmentId: string; name: string; legalBasis: string[]; method: InspectionMethodCode; annualCapPerEnterprise: number },
  userId: string | null,
  at: Date = new Date(),
): Promise<StoredInspectionItem> {
  const id = `ii-${randomUUID()}`;
  const [row] = await tx.query<Row>(
    `INSERT INTO inspection_items (id, department_id, name, legal_basis, method, annual_cap, published_at, created_at, created_by)
     VALUES ($1, $2, $3, $4::text[], $5, $6, NULL, $7, $8) RETURNING ${COLUMNS}`,
    [id, input.departmentId, input.name, input.legalBasis, input.method, input.annualCapPerEnterprise, at.toISOString(), userId],
  );
  await appendAuditEvent(tx, { type: 'INSPECTION_ITEM_CREATED', subject: id, payload: { departmentId: input.departmentId, name: input.name, legalBasis: input.legalBasis, method: input.method, annualCap: input.annualCapPerEnterprise } }, userId, at);
  return toItem(row!);
}

/** Publishes an item (once; publishing again changes nothing). Null when there is no such item. */
export async function publishInspectionItem(tx: Queryable, id: string, userId: string | null, at: Date = new Date()): Promise<StoredInspectionItem | null> {
  const [row] = await tx.query<Row>(`UPDATE inspection_items SET published_at = $2 WHERE id = $1 AND published_at IS NULL RETURNING ${COLUMNS}`, [id, at.toISOString()]);
  if (!row) return getInspectionItem(tx, id);
  await appendAuditEvent(tx, { type: 'INSPECTION_ITEM_PUBLISHED', subject: id, payload: { departmentId: row.department_id } }, userId, at);
  return toItem(row);
}

export async function getInspectionItem(q: Queryable, id: string): Promise<StoredInspectionItem | null> {
  const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM inspection_items WHERE id = $1`, [id]);
  return row ? toItem(row) : null;
}

/** A department's items (or every department's), optionally only the published ones, by name. */
export async function listInspectionItems(q: Queryable, filter: { departmentId: string | null; publishedOnly: boolean }): Promise<StoredInspectionItem[]> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM inspection_items WHERE ($1::text IS NULL OR department_id = $1) AND (NOT $2 OR published_at IS NOT NULL) ORDER BY department_id, name, id`,
    [filter.departmentId, filter.publishedOnly],
  );
  return rows.map(toItem);
}
