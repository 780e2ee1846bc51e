import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface Department {
  id: string;
  name: { zh: string; en: string };
  jurisdiction: string;
  isSmeBureau: boolean;
}

interface DepartmentRow {
  id: string;
  name_zh: string;
  name_en: string;
  jurisdiction: string;
  is_sme_bureau: boolean;
}

const toDepartment = (r: DepartmentRow): Department => ({
  id: r.id,
  name: { zh: r.name_zh, en: r.name_en },
  jurisdiction: r.jurisdiction,
  isSmeBureau: r.is_sme_bureau,
});

export async function listDepartments(db: Queryable): Promise<Department[]> {
  const rows = await db.query<DepartmentRow>('SELECT id, name_zh, name_en, jurisdiction, is_sme_bureau FROM departments ORDER BY is_sme_bureau DESC, id');
  return rows.map(toDepartment);
}

export async function findDepartment(db: Queryable, id: string): Promise<Department | null> {
  const [row] = await db.query<DepartmentRow>('SELECT id, name_zh, name_en, jurisdiction, is_sme_bureau FROM departments WHERE id = $1', [id]);
  return row ? toDepartment(row) : null;
}

export async function ensureDepartment(tx: Queryable, d: Department, actorUserId: string | null, at = new Date()): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO departments (id, name_zh, name_en, jurisdiction, is_sme_bureau) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [d.id, d.name.zh, d.name.en, d.jurisdiction, d.isSmeBureau],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'DEPARTMENT_CREATED', subject: d.id, payload: { nameZh: d.name.zh, jurisdiction: d.jurisdiction } }, actorUserId, at);
  return true;
}

export interface FinancialInstitution {
  id: string;
  name: { zh: string; en: string };
  jurisdiction: string;
}

export async function ensureFinancialInstitution(tx: Queryable, f: FinancialInstitution, actorUserId: string | null, at = new Date()): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO financial_institutions (id, name_zh, name_en, jurisdiction) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [f.id, f.name.zh, f.name.en, f.jurisdiction],
  );
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'FINANCIAL_INSTITUTION_CREATED', subject: f.id, payload: { nameZh: f.name.zh, jurisdiction: f.jurisdiction } }, actorUserId, at);
  return true;
}
