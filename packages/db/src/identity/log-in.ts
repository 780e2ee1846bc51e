import type { Database } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession } from './sessions';
import { findUserRowByUsername, toUser, type User } from './users';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_MAX_FAILURES = 5;

export type LogInFailure = 'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'DEMO_USER_DISABLED';

export type LogInResult =
  | { ok: true; user: User; session: { secret: string; expiresAt: string } }
  | { ok: false; reason: LogInFailure; retryAfterSeconds?: number };

export interface LogInInput {
  username: string;
  password: string;
  /** Demo users (known passwords) may log in only when demo mode is on. */
  demoMode: boolean;
  at?: Date;
}

/**
 * Password login. Unknown usernames and wrong passwords give the same answer and take the same
 * time (a dummy hash is checked); after 5 failures for one username within 15 minutes every attempt
 * is refused until the window passes, whether the user exists or not.
 */
export async function logIn(db: Database, input: LogInInput): Promise<LogInResult> {
  const at = input.at ?? new Date();
  const key = input.username.trim().toLowerCase();
  const since = new Date(at.getTime() - LOGIN_WINDOW_MS).toISOString();
  const failures = await db.query<{ n: number; first: string | null }>(
    'SELECT count(*) AS n, min(at) AS first FROM login_failures WHERE username_key = $1 AND at > $2',
    [key, since],
  );
  const recent = Number(failures[0]?.n ?? 0);
  if (recent >= LOGIN_MAX_FAILURES) {
    const first = failures[0]?.first ? Date.parse(failures[0].first) : at.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil((first + LOGIN_WINDOW_MS - at.getTime()) / 1000));
    await db.transaction((tx) => appendAuditEvent(tx, { type: 'LOGIN_FAILED', subject: null, payload: { username: key, reason: 'RATE_LIMITED' } }, null, at));
    return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds };
  }
  const row = await findUserRowByUsername(db, key);
  const passwordOk = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !passwordOk || row.disabled_at !== null) {
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO login_failures (username_key, at) VALUES ($1, $2)', [key, at.toISOString()]);
      await appendAuditEvent(tx, { type: 'LOGIN_FAILED', subject: null, payload: { username: key, reason: 'INVALID_CREDENTIALS' } }, null, at);
    });
    return { ok: false, reason: 'INVALID_CREDENTIALS' };
  }
  if (row.is_demo && !input.demoMode) {
    await db.transaction((tx) => appendAuditEvent(tx, { type: 'LOGIN_FAILED', subject: null, payload: { username: key, reason: 'DEMO_USER_DISABLED' } }, null, at));
    return { ok: false, reason: 'DEMO_USER_DISABLED' };
  }
  const session = await db.transaction(async (tx) => {
    await tx.query('DELETE FROM login_failures WHERE username_key = $1', [key]);
    const s = await createSession(tx, row.id, at);
    await appendAuditEvent(tx, { type: 'USER_LOGGED_IN', subject: row.id, payload: { via: 'PASSWORD' } }, row.id, at);
    return s;
  });
  return { ok: true, user: toUser(row), session };
}
