import { randomBytes } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { createUser, findUserById, type User } from '../identity/users';

/** What account management needs from the registry about one enterprise. */
export interface RegistryEntry {
  uscc: string;
  name: string;
  district: string;
  /** 法定代表人姓名, when the registry has it (imported by data intake). */
  legalRepresentativeName: string | null;
}

export async function findRegistryEntry(db: Queryable, uscc: string): Promise<RegistryEntry | null> {
  const [row] = await db.query<{ uscc: string; name: string; district: string; legal_representative_name: string | null }>(
    'SELECT uscc, name, district, legal_representative_name FROM enterprises WHERE uscc = $1',
    [uscc],
  );
  return row ? { uscc: row.uscc, name: row.name, district: row.district, legalRepresentativeName: row.legal_representative_name } : null;
}

/** One account of an enterprise as its administrator sees it. */
export interface StaffAccount {
  userId: string;
  username: string;
  displayName: string;
  isAdministrator: boolean;
  /** How the person signs in: the city's identity service, or a username and password. */
  signIn: 'OIDC' | 'PASSWORD';
  createdAt: string;
}

/**
 * The administrators of an enterprise: those appointed (its first user, see createEnterpriseUser)
 * while active; when none is, the earliest active user (enterprises whose users predate
 * appointments, such as imported or demo accounts, are never left without one).
 */
export async function enterpriseAdministratorIds(db: Queryable, uscc: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `WITH active AS (
       SELECT u.id, u.created_at, (a.user_id IS NOT NULL) AS appointed
       FROM users u LEFT JOIN enterprise_administrators a ON a.user_id = u.id AND a.uscc = u.uscc
       WHERE u.role = 'ENTERPRISE' AND u.uscc = $1 AND u.disabled_at IS NULL)
     SELECT id FROM active WHERE appointed
     UNION ALL
     SELECT id FROM (SELECT id FROM active ORDER BY created_at, id LIMIT 1) earliest WHERE NOT EXISTS (SELECT 1 FROM active WHERE appointed)`,
    [uscc],
  );
  return rows.map((r) => r.id);
}

/** Active accounts of one enterprise, the administrator first. */
export async function listEnterpriseStaff(db: Queryable, uscc: string): Promise<StaffAccount[]> {
  const admins = new Set(await enterpriseAdministratorIds(db, uscc));
  const rows = await db.query<{ id: string; username: string; display_name: string; via_oidc: boolean; created_at: string }>(
    `SELECT u.id, u.username, u.display_name, EXISTS (SELECT 1 FROM oidc_identities o WHERE o.user_id = u.id) AS via_oidc, u.created_at
     FROM users u WHERE u.role = 'ENTERPRISE' AND u.uscc = $1 AND u.disabled_at IS NULL
     ORDER BY u.created_at, u.username`,
    [uscc],
  );
  const accounts: StaffAccount[] = rows.map((r) => ({
    userId: r.id,
    username: r.username,
    displayName: r.display_name,
    isAdministrator: admins.has(r.id),
    signIn: r.via_oidc ? 'OIDC' : 'PASSWORD',
    createdAt: new Date(r.created_at).toISOString(),
  }));
  return [...accounts.filter((a) => a.isAdministrator), ...accounts.filter((a) => !a.isAdministrator)];
}

/** Whether this user administers the accounts of its enterprise. */
export async function isEnterpriseAdministrator(db: Queryable, user: { id: string; uscc: string | null }): Promise<boolean> {
  return user.uscc !== null && (await enterpriseAdministratorIds(db, user.uscc)).includes(user.id);
}

export async function countActiveEnterpriseUsers(db: Queryable, uscc: string): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(
    "SELECT count(*) AS n FROM users WHERE role = 'ENTERPRISE' AND uscc = $1 AND disabled_at IS NULL",
    [uscc],
  );
  return Number(row?.n ?? 0);
}

export interface NewEnterpriseUser {
  uscc: string;
  district: string;
  username: string;
  displayName: string;
  /** A password to hash, or an already computed hash (a confirmed registration), or neither (signs in only through the identity service). */
  password?: string;
  passwordHash?: string;
}

/**
 * Creates an enterprise user in the caller's transaction. When the enterprise has no other active
 * user, this one becomes its administrator (the first user of an enterprise manages its staff).
 */
export async function createEnterpriseUser(tx: Queryable, input: NewEnterpriseUser, actorUserId: string | null, at: Date): Promise<{ user: User; isAdministrator: boolean }> {
  // A random password nobody knows when the account signs in only through the identity service.
  const password = input.password ?? randomBytes(32).toString('base64url');
  const created = await createUser(tx, {
    username: input.username, displayName: input.displayName, role: 'ENTERPRISE', jurisdiction: input.district, uscc: input.uscc, password,
  }, actorUserId, at);
  if (input.passwordHash !== undefined) await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [created.id, input.passwordHash]);
  // The first active user of an enterprise is appointed its administrator (the registry row is
  // locked so that two first sign-ins at once appoint one).
  await tx.query('SELECT uscc FROM enterprises WHERE uscc = $1 FOR UPDATE', [input.uscc]);
  const [other] = await tx.query(
    "SELECT 1 FROM users WHERE role = 'ENTERPRISE' AND uscc = $1 AND disabled_at IS NULL AND id <> $2 LIMIT 1",
    [input.uscc, created.id],
  );
  let isAdministrator = false;
  if (!other) {
    await tx.query('INSERT INTO enterprise_administrators (user_id, uscc, since) VALUES ($1, $2, $3)', [created.id, input.uscc, at.toISOString()]);
    await appendAuditEvent(tx, { type: 'ENTERPRISE_ADMINISTRATOR_APPOINTED', subject: created.id, payload: { uscc: input.uscc, reason: 'FIRST_USER' } }, actorUserId, at);
    isAdministrator = true;
  }
  const user = await findUserById(tx, created.id);
  if (!user) throw new Error('user vanished after insert');
  return { user, isAdministrator };
}

export async function usernameTaken(db: Queryable, username: string): Promise<boolean> {
  const rows = await db.query(
    "SELECT 1 FROM users WHERE username = $1 UNION ALL SELECT 1 FROM enterprise_registrations WHERE username = $1 AND status = 'PENDING'",
    [username],
  );
  return rows.length > 0;
}

export type AddStaffOutcome = { status: 'ADDED'; account: StaffAccount } | { status: 'USERNAME_TAKEN' };

/** The administrator adds a staff account of its own enterprise (a password sign-in), audited. */
export async function addEnterpriseStaff(
  tx: Queryable,
  admin: { userId: string; uscc: string; district: string },
  input: { username: string; displayName: string; password: string },
  at = new Date(),
): Promise<AddStaffOutcome> {
  if (await usernameTaken(tx, input.username)) return { status: 'USERNAME_TAKEN' };
  const { user } = await createEnterpriseUser(tx, { uscc: admin.uscc, district: admin.district, ...input }, admin.userId, at);
  await appendAuditEvent(tx, { type: 'ENTERPRISE_STAFF_ADDED', subject: user.id, payload: { uscc: admin.uscc, username: user.username } }, admin.userId, at);
  const account = (await listEnterpriseStaff(tx, admin.uscc)).find((s) => s.userId === user.id);
  if (!account) throw new Error('staff account vanished after insert');
  return { status: 'ADDED', account };
}

export type RemoveStaffOutcome = 'REMOVED' | 'NOT_FOUND' | 'SELF' | 'ADMINISTRATOR';

/**
 * The administrator removes a staff account of its own enterprise: the account is disabled (kept
 * for the audit trail and the cases it acted on), its sessions end and its API tokens are revoked.
 * An account of another enterprise is NOT_FOUND, exactly like one that does not exist.
 */
export async function removeEnterpriseStaff(tx: Queryable, admin: { userId: string; uscc: string }, userId: string, at = new Date()): Promise<RemoveStaffOutcome> {
  if (userId === admin.userId) return 'SELF';
  const [row] = await tx.query<{ username: string }>(
    "SELECT username FROM users WHERE id = $1 AND role = 'ENTERPRISE' AND uscc = $2 AND disabled_at IS NULL FOR UPDATE",
    [userId, admin.uscc],
  );
  if (!row) return 'NOT_FOUND';
  if ((await enterpriseAdministratorIds(tx, admin.uscc)).includes(userId)) return 'ADMINISTRATOR';
  await tx.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [userId, at.toISOString()]);
  await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  await tx.query('UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, at.toISOString()]);
  await appendAuditEvent(tx, { type: 'ENTERPRISE_STAFF_REMOVED', subject: userId, payload: { uscc: admin.uscc, username: row.username } }, admin.userId, at);
  return 'REMOVED';
}
