import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { hashPassword, verifyPassword } from '../identity/password';
import { passwordWeakness } from '../identity/password-policy';
import type { Role } from '../identity/roles';
import { createUser, findUserById, USER_SELECT, toUser, type User, type UserRow } from '../identity/users';
import { problem, type AdminProblem } from './admin-problem';

/** The roles an administrator gives to officers (enterprise and bank accounts come from their own sign-up paths). */
export const OFFICER_ROLES = ['SME_BUREAU', 'DEPARTMENT', 'SME_BUREAU_FINANCE', 'AUDITOR', 'ADMIN'] as const satisfies readonly Role[];
export type OfficerRole = (typeof OFFICER_ROLES)[number];
export const isOfficerRole = (r: unknown): r is OfficerRole => typeof r === 'string' && (OFFICER_ROLES as readonly string[]).includes(r);

/** Roles that belong to a department (the users table requires it for exactly these). */
export const roleNeedsDepartment = (r: Role): boolean => r === 'SME_BUREAU' || r === 'DEPARTMENT';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface NewOfficer {
  username: string;
  displayName: string;
  role: string;
  password: string;
  departmentId?: string | null;
  /** For roles without a department; defaults to the department's jurisdiction otherwise. */
  jurisdiction?: string | null;
}

/**
 * Creates an officer account after every check an operator can fail: role, username format and
 * uniqueness, password strength, department (exists, active, required exactly for bureau and
 * department officers), jurisdiction. Writes USER_CREATED and ADMIN_USER_CREATED.
 */
export async function createOfficer(tx: Queryable, input: NewOfficer, actorUserId: string | null, via: 'CONSOLE' | 'CLI', at = new Date()): Promise<Result<User, AdminProblem>> {
  if (!isOfficerRole(input.role)) {
    return err(problem('INVALID', `未知角色「${input.role}」；可选：${OFFICER_ROLES.join('、')}`, `unknown role '${input.role}'; one of ${OFFICER_ROLES.join(', ')}`, 'role'));
  }
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    return err(problem('INVALID', '用户名应为 2–64 个小写字母、数字或 . _ -，以字母或数字开头', 'the username must be 2–64 lower-case letters, digits or . _ -, starting with a letter or digit', 'username'));
  }
  const displayName = input.displayName.trim();
  if (displayName.length === 0 || displayName.length > 100) return err(problem('INVALID', '姓名不能为空，且不超过 100 个字符', 'the display name must be 1–100 characters', 'displayName'));
  const taken = await tx.query('SELECT 1 AS one FROM users WHERE username = $1', [username]);
  if (taken.length > 0) return err(problem('CONFLICT', `用户名「${username}」已被使用`, `the username '${username}' is taken`, 'username'));
  const weak = passwordWeakness(input.password, username);
  if (weak) return err({ code: 'INVALID', message: { zh: `密码太弱：${weak.zh}`, en: `weak password: ${weak.en}` }, field: 'password' });

  let departmentId: string | null = null;
  let jurisdiction = input.jurisdiction ?? null;
  if (roleNeedsDepartment(input.role)) {
    if (!input.departmentId) return err(problem('INVALID', '中小企业服务局和部门工作人员必须属于一个部门', 'bureau and department officers must belong to a department', 'departmentId'));
    const [d] = await tx.query<{ jurisdiction: string; deactivated_at: string | null }>('SELECT jurisdiction, deactivated_at FROM departments WHERE id = $1', [input.departmentId]);
    if (!d) return err(problem('INVALID', `部门「${input.departmentId}」不存在`, `no department '${input.departmentId}'`, 'departmentId'));
    if (d.deactivated_at !== null) return err(problem('INVALID', '该部门已停用，不能再添加人员', 'the department is deactivated; no officers can be added', 'departmentId'));
    departmentId = input.departmentId;
    jurisdiction = d.jurisdiction;
  } else if (input.departmentId) {
    return err(problem('INVALID', '只有中小企业服务局和部门工作人员属于部门；此角色不选部门', 'only bureau and department officers belong to a department; leave it empty for this role', 'departmentId'));
  }
  if (!jurisdiction) return err(problem('INVALID', '请选择所属辖区', 'choose a jurisdiction', 'jurisdiction'));
  const [j] = await tx.query('SELECT 1 AS one FROM jurisdictions WHERE id = $1', [jurisdiction]);
  if (!j) return err(problem('INVALID', `辖区「${jurisdiction}」不存在`, `no jurisdiction '${jurisdiction}'`, 'jurisdiction'));

  const user = await createUser(tx, { username, displayName, role: input.role, jurisdiction, password: input.password, departmentId }, actorUserId, at);
  await appendAuditEvent(tx, { type: 'ADMIN_USER_CREATED', subject: user.id, payload: { username, role: input.role, departmentId, via } }, actorUserId, at);
  return ok(user);
}

export interface AdminUserView extends User {
  createdAt: string;
  disabledAt: string | null;
}

export interface UserFilter {
  role?: string;
  departmentId?: string;
  /** Part of the username or display name. */
  q?: string;
  /** true: only disabled; false: only active; undefined: both. */
  disabled?: boolean;
}

/** People's accounts for the administrator (system accounts of department tokens are not listed). */
export async function listAccounts(db: Queryable, f: UserFilter = {}): Promise<AdminUserView[]> {
  const where = ['u.is_system = false'];
  const params: unknown[] = [];
  if (f.role) where.push(`u.role = $${params.push(f.role)}`);
  if (f.departmentId) where.push(`u.department_id = $${params.push(f.departmentId)}`);
  if (f.q) where.push(`(u.username ILIKE $${params.push(`%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)} OR u.display_name ILIKE $${params.length})`);
  if (f.disabled !== undefined) where.push(f.disabled ? 'u.disabled_at IS NOT NULL' : 'u.disabled_at IS NULL');
  const rows = await db.query<UserRow & { created_at: string }>(
    USER_SELECT.replace('SELECT u.id,', 'SELECT u.created_at, u.id,') + ` WHERE ${where.join(' AND ')} ORDER BY u.username LIMIT 1000`,
    params,
  );
  return rows.map((r) => ({ ...toUser(r), createdAt: new Date(r.created_at).toISOString(), disabledAt: r.disabled_at === null ? null : new Date(r.disabled_at).toISOString() }));
}

async function findPerson(tx: Queryable, id: string): Promise<Result<User, AdminProblem>> {
  const [row] = await tx.query<{ is_system: boolean }>('SELECT is_system FROM users WHERE id = $1', [id]);
  const user = row && !row.is_system ? await findUserById(tx, id) : null;
  return user ? ok(user) : err(problem('NOT_FOUND', '没有这个账号', 'no such account'));
}

/** Disables or re-enables an account; a disabled account's sessions end at once. Nobody disables themselves or the last active administrator. */
export async function setAccountDisabled(tx: Queryable, id: string, disabled: boolean, actorUserId: string, at = new Date()): Promise<Result<User, AdminProblem>> {
  const found = await findPerson(tx, id);
  if (!found.ok) return found;
  const user = found.value;
  if (disabled && id === actorUserId) return err(problem('CONFLICT', '不能停用自己的账号', 'you cannot disable your own account'));
  if (disabled && user.role === 'ADMIN') {
    const [n] = await tx.query<{ n: number | string }>("SELECT count(*) AS n FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL AND is_demo = false AND id <> $1", [id]);
    if (Number(n?.n ?? 0) === 0 && !user.isDemo) return err(problem('CONFLICT', '这是最后一个可用的系统管理员账号，不能停用', 'this is the last active administrator; it cannot be disabled'));
  }
  if (user.disabled === disabled) return ok(user);
  await tx.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [id, disabled ? at.toISOString() : null]);
  if (disabled) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  await appendAuditEvent(tx, { type: disabled ? 'ADMIN_USER_DISABLED' : 'ADMIN_USER_ENABLED', subject: id, payload: { username: user.username } }, actorUserId, at);
  return ok((await findUserById(tx, id))!);
}

/** The account must choose a new password at its next request (its current password still signs in). */
export async function forcePasswordChange(tx: Queryable, id: string, actorUserId: string, at = new Date()): Promise<Result<User, AdminProblem>> {
  const found = await findPerson(tx, id);
  if (!found.ok) return found;
  await tx.query('UPDATE users SET must_change_password = true WHERE id = $1', [id]);
  await appendAuditEvent(tx, { type: 'ADMIN_PASSWORD_CHANGE_FORCED', subject: id, payload: { username: found.value.username } }, actorUserId, at);
  return ok((await findUserById(tx, id))!);
}

/** A temporary password: 18 characters from four kinds, so it passes the password policy. */
export function temporaryPassword(): string {
  const sets = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '-_.!@#%+='];
  const bytes = randomBytes(18);
  const chars = [...bytes].map((b, i) => { const s = sets[i % 4]!; return s[b % s.length]!; });
  // Shuffle so the kinds do not alternate predictably.
  const order = randomBytes(18);
  return chars.map((c, i) => [order[i]!, c] as const).sort((a, b) => a[0] - b[0]).map(([, c]) => c).join('');
}

/**
 * Resets a password: a temporary one, shown once to the administrator, that must be changed at
 * the next sign-in; every session of the account ends.
 */
export async function resetPassword(tx: Queryable, id: string, actorUserId: string, at = new Date()): Promise<Result<{ user: User; temporaryPassword: string }, AdminProblem>> {
  const found = await findPerson(tx, id);
  if (!found.ok) return found;
  if (found.value.role === 'ENTERPRISE') return err(problem('CONFLICT', '企业账号的密码由企业管理员或统一身份认证管理', 'enterprise passwords are managed by the enterprise administrator or the identity service'));
  const temporary = temporaryPassword();
  await tx.query('UPDATE users SET password_hash = $2, must_change_password = true WHERE id = $1', [id, await hashPassword(temporary)]);
  await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  await tx.query('UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [id, at.toISOString()]);
  await appendAuditEvent(tx, { type: 'ADMIN_PASSWORD_RESET', subject: id, payload: { username: found.value.username } }, actorUserId, at);
  return ok({ user: (await findUserById(tx, id))!, temporaryPassword: temporary });
}

/** The user changes their own password (current one checked, new one against the policy); clears the forced change and revokes the user's API tokens. */
export async function changeOwnPassword(tx: Queryable, user: User, currentPassword: string, newPassword: string, at = new Date()): Promise<Result<User, AdminProblem>> {
  const [row] = await tx.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [user.id]);
  if (!row || !(await verifyPassword(currentPassword, row.password_hash))) return err(problem('INVALID', '当前密码不正确', 'the current password is wrong', 'currentPassword'));
  if (currentPassword === newPassword) return err(problem('INVALID', '新密码不能与当前密码相同', 'the new password must differ from the current one', 'newPassword'));
  const weak = passwordWeakness(newPassword, user.username);
  if (weak) return err({ code: 'INVALID', message: { zh: `密码太弱：${weak.zh}`, en: `weak password: ${weak.en}` }, field: 'newPassword' });
  await tx.query('UPDATE users SET password_hash = $2, must_change_password = false WHERE id = $1', [user.id, await hashPassword(newPassword)]);
  // A token made under the old password may have leaked with it: every live one of the user's ends.
  await tx.query('UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [user.id, at.toISOString()]);
  await appendAuditEvent(tx, { type: 'USER_PASSWORD_CHANGED', subject: user.id, payload: { wasForced: user.mustChangePassword } }, user.id, at);
  return ok((await findUserById(tx, user.id))!);
}
