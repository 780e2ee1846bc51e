import type { Database } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession } from './sessions';
import { findUserRowByUsername, toUser, type User } from './users';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one account from one client address before that address is refused for it. */
export const LOGIN_MAX_FAILURES = 5;
/** Failures from one client address over all accounts (password spraying) before it is refused. */
export const LOGIN_MAX_FAILURES_PER_ADDRESS = 50;

export type LogInFailure = 'INVALID_CREDENTIALS' | 'RATE_LIMITED' | 'DEMO_USER_DISABLED';

export type LogInResult =
  | { ok: true; user: User; session: { secret: string; expiresAt: string } }
  | { ok: false; reason: LogInFailure; retryAfterSeconds?: number };

export interface LogInInput {
  username: string;
  password: string;
  /** Demo users (known passwords) may log in only when demo mode is on. */
  demoMode: boolean;
  /** Where the attempt comes from (the request's client IP); unknown: ''. */
  clientAddress?: string;
  at?: Date;
}

/**
 * Password login. Unknown usernames and wrong passwords give the same answer and take the same
 * time (a dummy hash is checked). Throttling is by account and client address together: after 5
 * failures for one username from one address within 15 minutes, that address is refused for that
 * username until the window passes (whether the user exists or not) — the owner signing in from
 * elsewhere is not locked out; after 50 failures from one address over any accounts, that address
 * is refused altogether for the window.
 */
export async function logIn(db: Database, input: LogInInput): Promise<LogInResult> {
  const at = input.at ?? new Date();
  const key = input.username.trim().toLowerCase();
  const address = input.clientAddress ?? '';
  const since = new Date(at.getTime() - LOGIN_WINDOW_MS).toISOString();
  const [failures] = await db.query<{ n_account: number | string; first_account: string | null; n_address: number | string; first_address: string | null }>(
    `SELECT count(*) FILTER (WHERE username_key = $1) AS n_account, min(at) FILTER (WHERE username_key = $1) AS first_account,
            count(*) AS n_address, min(at) AS first_address
       FROM login_failures WHERE client_address = $2 AND at > $3`,
    [key, address, since],
  );
  const isAccountLocked = Number(failures?.n_account ?? 0) >= LOGIN_MAX_FAILURES;
  const isAddressLocked = Number(failures?.n_address ?? 0) >= LOGIN_MAX_FAILURES_PER_ADDRESS;
  if (isAccountLocked || isAddressLocked) {
    const firstText = isAccountLocked ? failures?.first_account : failures?.first_address;
    const first = firstText ? Date.parse(firstText) : at.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil((first + LOGIN_WINDOW_MS - at.getTime()) / 1000));
    await db.transaction((tx) => appendAuditEvent(tx, { type: 'LOGIN_FAILED', subject: null, payload: { username: key, reason: 'RATE_LIMITED' } }, null, at));
    return { ok: false, reason: 'RATE_LIMITED', retryAfterSeconds };
  }
  const row = await findUserRowByUsername(db, key);
  const passwordOk = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !passwordOk || row.disabled_at !== null) {
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO login_failures (username_key, client_address, at) VALUES ($1, $2, $3)', [key, address, at.toISOString()]);
      await appendAuditEvent(tx, { type: 'LOGIN_FAILED', subject: null, payload: { username: key, reason: 'INVALID_CREDENTIALS' } }, null, at);
    });
    return { ok: false, reason: 'INVALID_CREDENTIALS' };
  }
  if (row.is_demo && !input.demoMode) {
    await db.transaction((tx) => appendAuditEvent(tx, { type: 'LOGIN_FAILED', subject: null, payload: { username: key, reason: 'DEMO_USER_DISABLED' } }, null, at));
    return { ok: false, reason: 'DEMO_USER_DISABLED' };
  }
  const session = await db.transaction(async (tx) => {
    await tx.query('DELETE FROM login_failures WHERE username_key = $1 AND client_address = $2', [key, address]);
    const s = await createSession(tx, row.id, at);
    await appendAuditEvent(tx, { type: 'USER_LOGGED_IN', subject: row.id, payload: { via: 'PASSWORD' } }, row.id, at);
    return s;
  });
  return { ok: true, user: toUser(row), session };
}
