import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { hashPassword } from './password';
import type { Role } from './roles';

/** A user as the application sees it (never the password hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdiction: string;
  uscc: string | null;
  enterpriseName: string | null;
  departmentId: string | null;
  departmentName: { zh: string; en: string } | null;
  departmentIsSmeBureau: boolean;
  institutionId: string | null;
  institutionName: { zh: string; en: string } | null;
  isDemo: boolean;
  disabled: boolean;
  /** Set by an administrator: the user must choose a new password before anything else. */
  mustChangePassword: boolean;
}

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  jurisdiction: string;
  uscc: string | null;
  enterprise_name: string | null;
  department_id: string | null;
  dept_name_zh: string | null;
  dept_name_en: string | null;
  dept_is_sme_bureau: boolean | null;
  institution_id: string | null;
  inst_name_zh: string | null;
  inst_name_en: string | null;
  is_demo: boolean;
  disabled_at: string | null;
  password_hash: string;
  must_change_password: boolean;
}

/** SELECT list and joins that build a User; `u` is the users alias. */
export const USER_SELECT = `
  SELECT u.id, u.username, u.display_name, u.role, u.jurisdiction, u.uscc, e.name AS enterprise_name,
         u.department_id, d.name_zh AS dept_name_zh, d.name_en AS dept_name_en, d.is_sme_bureau AS dept_is_sme_bureau,
         u.institution_id, f.name_zh AS inst_name_zh, f.name_en AS inst_name_en,
         u.is_demo, u.disabled_at, u.password_hash, u.must_change_password
  FROM users u
  LEFT JOIN enterprises e ON e.uscc = u.uscc
  LEFT JOIN departments d ON d.id = u.department_id
  LEFT JOIN financial_institutions f ON f.id = u.institution_id`;

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    jurisdiction: r.jurisdiction,
    uscc: r.uscc,
    enterpriseName: r.enterprise_name,
    departmentId: r.department_id,
    departmentName: r.dept_name_zh !== null ? { zh: r.dept_name_zh, en: r.dept_name_en ?? '' } : null,
    departmentIsSmeBureau: r.dept_is_sme_bureau === true,
    institutionId: r.institution_id,
    institutionName: r.inst_name_zh !== null ? { zh: r.inst_name_zh, en: r.inst_name_en ?? '' } : null,
    isDemo: r.is_demo,
    disabled: r.disabled_at !== null,
    mustChangePassword: r.must_change_password === true,
  };
}

export async function findUserById(db: Queryable, id: string): Promise<User | null> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  return row ? toUser(row) : null;
}

export async function findUserRowByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE u.username = $1`, [username]);
  return row ?? null;
}

export async function listDepartmentOfficers(db: Queryable, departmentId: string): Promise<User[]> {
  const rows = await db.query<UserRow>(`${USER_SELECT} WHERE u.department_id = $1 AND u.disabled_at IS NULL ORDER BY u.username`, [departmentId]);
  return rows.map(toUser);
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  jurisdiction: string;
  password: string;
  uscc?: string | null;
  departmentId?: string | null;
  institutionId?: string | null;
  isDemo?: boolean;
}

/** Creates a user (password hashed with scrypt) and its audit event, in the caller's transaction. */
export async function createUser(tx: Queryable, input: NewUser, actorUserId: string | null, at = new Date()): Promise<User> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  await tx.query(
    `INSERT INTO users (id, username, display_name, role, jurisdiction, uscc, department_id, institution_id, password_hash, is_demo, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [id, input.username, input.displayName, input.role, input.jurisdiction, input.uscc ?? null, input.departmentId ?? null,
      input.institutionId ?? null, passwordHash, input.isDemo ?? false, at.toISOString()],
  );
  await appendAuditEvent(tx, {
    type: 'USER_CREATED',
    subject: id,
    payload: { username: input.username, role: input.role, jurisdiction: input.jurisdiction, isDemo: input.isDemo ?? false },
  }, actorUserId, at);
  const user = await findUserById(tx, id);
  if (!user) throw new Error('user vanished after insert');
  return user;
}
