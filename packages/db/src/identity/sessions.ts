import type { Queryable } from '../database';
import { hashSecret, newSecret } from './secret-token';
import { USER_SELECT, toUser, type User, type UserRow } from './users';

/** A session ends 12 hours after sign-in at the latest … */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** … and after 30 minutes without a request. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Use is recorded at most once a minute per session (not one write per request). */
const TOUCH_EVERY_MS = 60 * 1000;

export async function createSession(tx: Queryable, userId: string, at = new Date(), ttlMs = SESSION_TTL_MS): Promise<{ secret: string; expiresAt: string }> {
  const { secret, hash } = newSecret();
  const expiresAt = new Date(at.getTime() + ttlMs).toISOString();
  await tx.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [hash, userId, at.toISOString(), expiresAt]);
  // Housekeeping: drop this user's expired sessions.
  await tx.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2', [userId, at.toISOString()]);
  return { secret, expiresAt };
}

/**
 * The user of a live session cookie, or null (unknown, expired, idle too long, or user disabled).
 * The same statement records the use when the last record is a minute old or more.
 */
export async function findSessionUser(db: Queryable, secret: string, at = new Date()): Promise<User | null> {
  const [row] = await db.query<UserRow>(
    `WITH touched AS (
       UPDATE sessions SET last_seen_at = $2
        WHERE token_hash = $1 AND expires_at > $2 AND coalesce(last_seen_at, created_at) > $3 AND coalesce(last_seen_at, created_at) <= $4
       RETURNING 1)
     ${USER_SELECT} JOIN sessions s ON s.user_id = u.id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND coalesce(s.last_seen_at, s.created_at) > $3 AND u.disabled_at IS NULL`,
    [hashSecret(secret), at.toISOString(), new Date(at.getTime() - SESSION_IDLE_MS).toISOString(), new Date(at.getTime() - TOUCH_EVERY_MS).toISOString()],
  );
  return row ? toUser(row) : null;
}

/** Ends a session; returns the user id it belonged to, if any. */
export async function deleteSession(tx: Queryable, secret: string): Promise<string | null> {
  const rows = await tx.query<{ user_id: string }>('DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id', [hashSecret(secret)]);
  return rows[0]?.user_id ?? null;
}
