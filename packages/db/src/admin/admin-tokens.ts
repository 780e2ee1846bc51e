import { randomBytes, randomUUID } from 'node:crypto';
import { err, INTAKE_KINDS, isIntakeKind, ok, type IntakeKind, type Result } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { API_TOKEN_PREFIX } from '../identity/api-tokens';
import { hashPassword } from '../identity/password';
import { newSecret } from '../identity/secret-token';
import { problem, type AdminProblem } from './admin-problem';

/** The longest a department system's token may live before an administrator issues a new one. */
export const MAX_TOKEN_LIFETIME_DAYS = 730;

export interface DepartmentTokenInput {
  departmentId: string;
  /** What the system is, e.g. 市场监管局登记系统. */
  name: string;
  intakeKinds: string[];
  /** ISO instant; required (department systems' tokens always expire). */
  expiresAt: string;
}

export interface DepartmentTokenView {
  id: string;
  name: string;
  prefix: string;
  departmentId: string;
  departmentName: { zh: string; en: string };
  intakeKinds: IntakeKind[];
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
}

interface Row {
  id: string; name: string; prefix: string; department_id: string; name_zh: string; name_en: string; intake_kinds: string[];
  created_at: string; created_by_username: string | null; expires_at: string | null; last_used_at: string | null; revoked_at: string | null;
}

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

function toView(r: Row, now: Date): DepartmentTokenView {
  const expiresAt = iso(r.expires_at);
  const revokedAt = iso(r.revoked_at);
  return {
    id: r.id, name: r.name, prefix: r.prefix, departmentId: r.department_id, departmentName: { zh: r.name_zh, en: r.name_en },
    intakeKinds: (r.intake_kinds ?? []).filter(isIntakeKind), createdAt: new Date(r.created_at).toISOString(), createdBy: r.created_by_username,
    expiresAt, lastUsedAt: iso(r.last_used_at), revokedAt,
    status: revokedAt ? 'REVOKED' : expiresAt && Date.parse(expiresAt) <= now.getTime() ? 'EXPIRED' : 'ACTIVE',
  };
}

const SELECT = `SELECT t.id, t.name, t.prefix, t.department_id, d.name_zh, d.name_en, t.intake_kinds, t.created_at, c.username AS created_by_username,
       t.expires_at, t.last_used_at, t.revoked_at
  FROM api_tokens t JOIN departments d ON d.id = t.department_id LEFT JOIN users c ON c.id = t.created_by`;

/**
 * Issues a token for a department's system: bound to the department and the intake kinds it may
 * submit, with an expiry. Its principal is a system account of the department (is_system, no
 * usable password). The secret is returned once; only its sha256 is kept.
 */
export async function createDepartmentToken(tx: Queryable, input: DepartmentTokenInput, actorUserId: string, at = new Date()): Promise<Result<{ token: string; view: DepartmentTokenView }, AdminProblem>> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) return err(problem('INVALID', '请填写对接系统名称（不超过 100 个字符）', 'name the system (up to 100 characters)', 'name'));
  const kinds = [...new Set(input.intakeKinds)];
  const unknown = kinds.filter((k) => !isIntakeKind(k));
  if (unknown.length > 0) return err(problem('INVALID', `未知的数据类别：${unknown.join('、')}`, `unknown intake kinds: ${unknown.join(', ')} (one of ${INTAKE_KINDS.join(', ')})`, 'intakeKinds'));
  if (kinds.length === 0) return err(problem('INVALID', '请至少选择一类可报送的数据', 'choose at least one intake kind', 'intakeKinds'));
  const expires = Date.parse(input.expiresAt);
  if (!Number.isFinite(expires) || expires <= at.getTime()) return err(problem('INVALID', '有效期须晚于现在', 'the expiry must be in the future', 'expiresAt'));
  if (expires > at.getTime() + MAX_TOKEN_LIFETIME_DAYS * 86_400_000) return err(problem('INVALID', `有效期最长 ${MAX_TOKEN_LIFETIME_DAYS} 天`, `a token lives at most ${MAX_TOKEN_LIFETIME_DAYS} days`, 'expiresAt'));
  const [dept] = await tx.query<{ jurisdiction: string; is_sme_bureau: boolean; deactivated_at: string | null; name_zh: string }>(
    'SELECT jurisdiction, is_sme_bureau, deactivated_at, name_zh FROM departments WHERE id = $1', [input.departmentId]);
  if (!dept) return err(problem('INVALID', `部门「${input.departmentId}」不存在`, `no department '${input.departmentId}'`, 'departmentId'));
  if (dept.deactivated_at !== null) return err(problem('INVALID', '该部门已停用，不能签发令牌', 'the department is deactivated; no tokens can be issued', 'departmentId'));

  const systemUserId = randomUUID();
  await tx.query(
    `INSERT INTO users (id, username, display_name, role, jurisdiction, department_id, password_hash, is_system, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8)`,
    [systemUserId, `system-${randomBytes(6).toString('hex')}`, `${dept.name_zh} · ${name}`, dept.is_sme_bureau ? 'SME_BUREAU' : 'DEPARTMENT', dept.jurisdiction,
      input.departmentId, await hashPassword(randomBytes(32).toString('base64url')), at.toISOString()],
  );
  const id = randomUUID();
  const { secret, hash } = newSecret(API_TOKEN_PREFIX);
  const prefix = secret.slice(0, API_TOKEN_PREFIX.length + 6);
  const expiresAt = new Date(expires).toISOString();
  await tx.query(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at, department_id, intake_kinds, expires_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [id, systemUserId, name, hash, prefix, at.toISOString(), input.departmentId, kinds, expiresAt, actorUserId],
  );
  await appendAuditEvent(tx, { type: 'ADMIN_TOKEN_CREATED', subject: input.departmentId, payload: { tokenId: id, name, prefix, intakeKinds: kinds, expiresAt } }, actorUserId, at);
  const [row] = await tx.query<Row>(`${SELECT} WHERE t.id = $1`, [id]);
  return ok({ token: secret, view: toView(row!, at) });
}

export async function listDepartmentTokens(db: Queryable, f: { departmentId?: string } = {}, now = new Date()): Promise<DepartmentTokenView[]> {
  const rows = f.departmentId
    ? await db.query<Row>(`${SELECT} WHERE t.department_id = $1 ORDER BY t.created_at DESC, t.id`, [f.departmentId])
    : await db.query<Row>(`${SELECT} ORDER BY t.created_at DESC, t.id`);
  return rows.map((r) => toView(r, now));
}

/** Revokes a department system's token at once (idempotent: a revoked token stays revoked). */
export async function revokeDepartmentToken(tx: Queryable, id: string, actorUserId: string, at = new Date()): Promise<Result<DepartmentTokenView, AdminProblem>> {
  const [row] = await tx.query<Row>(`${SELECT} WHERE t.id = $1`, [id]);
  if (!row) return err(problem('NOT_FOUND', '没有这个令牌', 'no such token'));
  if (row.revoked_at === null) {
    await tx.query('UPDATE api_tokens SET revoked_at = $2 WHERE id = $1', [id, at.toISOString()]);
    await appendAuditEvent(tx, { type: 'ADMIN_TOKEN_REVOKED', subject: row.department_id, payload: { tokenId: id } }, actorUserId, at);
  }
  const [after] = await tx.query<Row>(`${SELECT} WHERE t.id = $1`, [id]);
  return ok(toView(after!, at));
}
