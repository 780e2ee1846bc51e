import { isIntakeKind, type IntakeKind } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { hashSecret } from './secret-token';
import { USER_SELECT, toUser, type User, type UserRow } from './users';

/** A bearer token's own scope: the department system it belongs to, the intake kinds it may submit, its expiry. */
export interface TokenScope {
  id: string;
  /** null: a personal token of its user (no intake kinds). */
  departmentId: string | null;
  intakeKinds: IntakeKind[];
  expiresAt: string | null;
}

export type TokenLookup =
  | { status: 'OK'; user: User; token: TokenScope }
  | { status: 'EXPIRED'; expiresAt: string }
  | { status: 'DEPARTMENT_DEACTIVATED' }
  | { status: 'UNKNOWN' };

/**
 * The user and scope behind a bearer token. Unknown or revoked tokens and disabled users are
 * UNKNOWN; a token past its expiry is EXPIRED; a department system's token stops working when its
 * department is deactivated. A usable token records its last use.
 */
export async function findTokenPrincipal(db: Queryable, token: string, at = new Date()): Promise<TokenLookup> {
  const hash = hashSecret(token);
  const [row] = await db.query<UserRow & { token_id: string; token_department_id: string | null; intake_kinds: string[]; expires_at: string | null; token_dept_deactivated_at: string | null }>(
    `${USER_SELECT.replace('SELECT u.id,', 'SELECT t.id AS token_id, t.department_id AS token_department_id, t.intake_kinds, t.expires_at, td.deactivated_at AS token_dept_deactivated_at, u.id,')}
     JOIN api_tokens t ON t.user_id = u.id
     LEFT JOIN departments td ON td.id = t.department_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
    [hash],
  );
  if (!row) return { status: 'UNKNOWN' };
  const expiresAt = row.expires_at === null ? null : new Date(row.expires_at).toISOString();
  if (expiresAt !== null && Date.parse(expiresAt) <= at.getTime()) return { status: 'EXPIRED', expiresAt };
  if (row.token_dept_deactivated_at !== null) return { status: 'DEPARTMENT_DEACTIVATED' };
  await db.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [row.token_id, at.toISOString()]);
  return {
    status: 'OK',
    user: toUser(row),
    token: { id: row.token_id, departmentId: row.token_department_id, intakeKinds: (row.intake_kinds ?? []).filter(isIntakeKind), expiresAt },
  };
}
