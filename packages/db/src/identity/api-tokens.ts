import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { hashSecret, newSecret } from './secret-token';
import { USER_SELECT, toUser, type User, type UserRow } from './users';

export const API_TOKEN_PREFIX = 'hq_';

export interface ApiTokenInfo {
  id: string;
  name: string;
  /** The first characters of the token, to recognise it (the token itself is never stored). */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toInfo = (r: TokenRow): ApiTokenInfo => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** Creates a token for the user; the secret is returned once and only its hash is kept. */
export async function createApiToken(tx: Queryable, userId: string, name: string, at = new Date()): Promise<{ token: string; info: ApiTokenInfo }> {
  const id = randomUUID();
  const { secret, hash } = newSecret(API_TOKEN_PREFIX);
  const prefix = secret.slice(0, API_TOKEN_PREFIX.length + 6);
  const [row] = await tx.query<TokenRow>(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, name, prefix, created_at, last_used_at, revoked_at`,
    [id, userId, name, hash, prefix, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'API_TOKEN_CREATED', subject: userId, payload: { tokenId: id, name, prefix } }, userId, at);
  return { token: secret, info: toInfo(row!) };
}

export async function listApiTokens(db: Queryable, userId: string): Promise<ApiTokenInfo[]> {
  const rows = await db.query<TokenRow>(
    'SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id',
    [userId],
  );
  return rows.map(toInfo);
}

/** Revokes one of the user's own live tokens; false when there is no such token. */
export async function revokeApiToken(tx: Queryable, userId: string, tokenId: string, at = new Date()): Promise<boolean> {
  const rows = await tx.query('UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id', [tokenId, userId, at.toISOString()]);
  if (rows.length === 0) return false;
  await appendAuditEvent(tx, { type: 'API_TOKEN_REVOKED', subject: userId, payload: { tokenId } }, userId, at);
  return true;
}

/** The user behind a bearer token, or null (unknown, revoked, or user disabled). */
export async function findTokenUser(db: Queryable, token: string, at = new Date()): Promise<User | null> {
  const hash = hashSecret(token);
  const [row] = await db.query<UserRow>(
    `${USER_SELECT} JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
    [hash],
  );
  if (!row) return null;
  await db.query('UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1', [hash, at.toISOString()]);
  return toUser(row);
}
