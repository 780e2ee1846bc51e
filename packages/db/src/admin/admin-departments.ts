import { err, ok, type Result } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { problem, type AdminProblem } from './admin-problem';

export interface DepartmentAdminView {
  id: string;
  name: { zh: string; en: string };
  /** District scope: the jurisdiction the department serves (a district id for a district office). */
  jurisdiction: string;
  jurisdictionName: { zh: string; en: string };
  parentId: string | null;
  parentName: { zh: string; en: string } | null;
  isSmeBureau: boolean;
  deactivatedAt: string | null;
  activeOfficers: number;
  activeTokens: number;
}

interface Row {
  id: string; name_zh: string; name_en: string; jurisdiction: string; j_zh: string; j_en: string; parent_id: string | null;
  p_zh: string | null; p_en: string | null; is_sme_bureau: boolean; deactivated_at: string | null; officers: number | string; tokens: number | string;
}

const SELECT = `SELECT d.id, d.name_zh, d.name_en, d.jurisdiction, j.name_zh AS j_zh, j.name_en AS j_en, d.parent_id, p.name_zh AS p_zh, p.name_en AS p_en,
       d.is_sme_bureau, d.deactivated_at,
       (SELECT count(*) FROM users u WHERE u.department_id = d.id AND u.disabled_at IS NULL AND u.is_system = false) AS officers,
       (SELECT count(*) FROM api_tokens t WHERE t.department_id = d.id AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $1)) AS tokens
  FROM departments d JOIN jurisdictions j ON j.id = d.jurisdiction LEFT JOIN departments p ON p.id = d.parent_id`;

const toView = (r: Row): DepartmentAdminView => ({
  id: r.id, name: { zh: r.name_zh, en: r.name_en }, jurisdiction: r.jurisdiction, jurisdictionName: { zh: r.j_zh, en: r.j_en },
  parentId: r.parent_id, parentName: r.p_zh === null ? null : { zh: r.p_zh, en: r.p_en ?? '' }, isSmeBureau: r.is_sme_bureau,
  deactivatedAt: r.deactivated_at === null ? null : new Date(r.deactivated_at).toISOString(), activeOfficers: Number(r.officers), activeTokens: Number(r.tokens),
});

export async function listDepartmentsForAdmin(db: Queryable, now = new Date()): Promise<DepartmentAdminView[]> {
  const rows = await db.query<Row>(`${SELECT} ORDER BY d.deactivated_at IS NOT NULL, d.jurisdiction, d.name_zh`, [now.toISOString()]);
  return rows.map(toView);
}

export async function findDepartmentForAdmin(db: Queryable, id: string, now = new Date()): Promise<DepartmentAdminView | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE d.id = $2`, [now.toISOString(), id]);
  return row ? toView(row) : null;
}

export interface DepartmentFields {
  nameZh: string;
  nameEn: string;
  jurisdiction: string;
  parentId: string | null;
}

export const DEPARTMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,47}$/;

async function checkFields(tx: Queryable, id: string | null, f: Partial<DepartmentFields>): Promise<AdminProblem | null> {
  if (f.nameZh !== undefined && (f.nameZh.trim().length === 0 || f.nameZh.length > 100)) return problem('INVALID', '部门中文名称不能为空，且不超过 100 个字符', 'the Chinese name must be 1–100 characters', 'nameZh');
  if (f.nameEn !== undefined && f.nameEn.length > 200) return problem('INVALID', '英文名称不超过 200 个字符', 'the English name must not exceed 200 characters', 'nameEn');
  if (f.jurisdiction !== undefined) {
    const [j] = await tx.query('SELECT 1 AS one FROM jurisdictions WHERE id = $1', [f.jurisdiction]);
    if (!j) return problem('INVALID', `辖区「${f.jurisdiction}」不存在`, `no jurisdiction '${f.jurisdiction}'`, 'jurisdiction');
  }
  if (f.parentId) {
    const [p] = await tx.query<{ deactivated_at: string | null }>('SELECT deactivated_at FROM departments WHERE id = $1', [f.parentId]);
    if (!p) return problem('INVALID', `上级部门「${f.parentId}」不存在`, `no parent department '${f.parentId}'`, 'parentId');
    if (p.deactivated_at !== null) return problem('INVALID', '上级部门已停用', 'the parent department is deactivated', 'parentId');
    if (id !== null) {
      // The new parent must not lie below the department itself (no cycles).
      let cur: string | null = f.parentId;
      for (let depth = 0; cur !== null && depth < 64; depth++) {
        if (cur === id) return problem('INVALID', '上级部门不能是本部门或其下级部门', 'the parent cannot be the department itself or one below it', 'parentId');
        const [next]: { parent_id: string | null }[] = await tx.query<{ parent_id: string | null }>('SELECT parent_id FROM departments WHERE id = $1', [cur]);
        cur = next?.parent_id ?? null;
      }
    }
  }
  return null;
}

/** Creates a department (a code that never changes, names, district scope, optional parent). */
export async function createDepartment(tx: Queryable, input: DepartmentFields & { id: string; isSmeBureau?: boolean }, actorUserId: string, at = new Date()): Promise<Result<DepartmentAdminView, AdminProblem>> {
  if (!DEPARTMENT_ID_PATTERN.test(input.id)) return err(problem('INVALID', '部门代码应为 2–48 个小写字母、数字或连字符，如 dept-samr', 'the department code must be 2–48 lower-case letters, digits or hyphens, e.g. dept-samr', 'id'));
  const [exists] = await tx.query('SELECT 1 AS one FROM departments WHERE id = $1', [input.id]);
  if (exists) return err(problem('CONFLICT', `部门代码「${input.id}」已存在`, `the department code '${input.id}' exists`, 'id'));
  const bad = await checkFields(tx, null, input);
  if (bad) return err(bad);
  await tx.query(
    'INSERT INTO departments (id, name_zh, name_en, jurisdiction, is_sme_bureau, parent_id) VALUES ($1, $2, $3, $4, $5, $6)',
    [input.id, input.nameZh.trim(), input.nameEn.trim(), input.jurisdiction, input.isSmeBureau ?? false, input.parentId],
  );
  await appendAuditEvent(tx, { type: 'ADMIN_DEPARTMENT_CREATED', subject: input.id, payload: { nameZh: input.nameZh.trim(), jurisdiction: input.jurisdiction, parentId: input.parentId } }, actorUserId, at);
  return ok((await findDepartmentForAdmin(tx, input.id, at))!);
}

/** Renames, re-parents or re-scopes a department; only the fields given change. */
export async function updateDepartment(tx: Queryable, id: string, change: Partial<DepartmentFields>, actorUserId: string, at = new Date()): Promise<Result<DepartmentAdminView, AdminProblem>> {
  const current = await findDepartmentForAdmin(tx, id, at);
  if (!current) return err(problem('NOT_FOUND', '没有这个部门', 'no such department'));
  if (current.deactivatedAt) return err(problem('CONFLICT', '部门已停用，不能修改', 'the department is deactivated and cannot be changed'));
  const bad = await checkFields(tx, id, change);
  if (bad) return err(bad);
  const next = {
    nameZh: change.nameZh?.trim() ?? current.name.zh, nameEn: change.nameEn?.trim() ?? current.name.en,
    jurisdiction: change.jurisdiction ?? current.jurisdiction, parentId: change.parentId === undefined ? current.parentId : change.parentId,
  };
  const changed = (['nameZh', 'nameEn', 'jurisdiction', 'parentId'] as const).filter((k) =>
    next[k] !== ({ nameZh: current.name.zh, nameEn: current.name.en, jurisdiction: current.jurisdiction, parentId: current.parentId })[k]);
  if (changed.length === 0) return ok(current);
  await tx.query('UPDATE departments SET name_zh = $2, name_en = $3, jurisdiction = $4, parent_id = $5 WHERE id = $1', [id, next.nameZh, next.nameEn, next.jurisdiction, next.parentId]);
  await appendAuditEvent(tx, { type: 'ADMIN_DEPARTMENT_UPDATED', subject: id, payload: { changedFields: changed } }, actorUserId, at);
  return ok((await findDepartmentForAdmin(tx, id, at))!);
}

/**
 * Deactivates a department: refused while it has active officers or active sub-departments (move
 * or disable them first); its systems' tokens stop working at once.
 */
export async function deactivateDepartment(tx: Queryable, id: string, actorUserId: string, at = new Date()): Promise<Result<DepartmentAdminView, AdminProblem>> {
  const current = await findDepartmentForAdmin(tx, id, at);
  if (!current) return err(problem('NOT_FOUND', '没有这个部门', 'no such department'));
  if (current.deactivatedAt) return ok(current);
  if (current.activeOfficers > 0) return err(problem('CONFLICT', `该部门还有 ${current.activeOfficers} 名在用人员，请先停用或调整他们的账号`, `the department still has ${current.activeOfficers} active officers; disable or move them first`));
  const [child] = await tx.query('SELECT 1 AS one FROM departments WHERE parent_id = $1 AND deactivated_at IS NULL LIMIT 1', [id]);
  if (child) return err(problem('CONFLICT', '该部门还有在用的下级部门，请先停用下级部门', 'the department has active sub-departments; deactivate them first'));
  await tx.query('UPDATE departments SET deactivated_at = $2 WHERE id = $1', [id, at.toISOString()]);
  await appendAuditEvent(tx, { type: 'ADMIN_DEPARTMENT_DEACTIVATED', subject: id, payload: {} }, actorUserId, at);
  return ok((await findDepartmentForAdmin(tx, id, at))!);
}
