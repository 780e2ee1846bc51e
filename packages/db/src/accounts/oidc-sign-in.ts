import { createHash } from 'node:crypto';
import type { Queryable, Database } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { createSession } from '../identity/sessions';
import { findUserById, type User } from '../identity/users';
import { createEnterpriseUser, findRegistryEntry, isEnterpriseAdministrator } from './enterprise-staff';

/** A sign-in at the identity service may take this long (the user types a password there). */
export const OIDC_ATTEMPT_TTL_MS = 10 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Remembers a started sign-in (state → PKCE verifier and nonce); expired attempts are dropped. */
export async function saveSignInAttempt(db: Queryable, attempt: { state: string; codeVerifier: string; nonce: string }, at = new Date()): Promise<void> {
  await db.query('DELETE FROM oidc_sign_in_attempts WHERE expires_at <= $1', [at.toISOString()]);
  await db.query(
    'INSERT INTO oidc_sign_in_attempts (state_hash, code_verifier, nonce, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [sha256(attempt.state), attempt.codeVerifier, attempt.nonce, at.toISOString(), new Date(at.getTime() + OIDC_ATTEMPT_TTL_MS).toISOString()],
  );
}

/** Takes a started sign-in by its state, once: null when unknown, already used or expired. */
export async function takeSignInAttempt(db: Queryable, state: string, at = new Date()): Promise<{ codeVerifier: string; nonce: string } | null> {
  const [row] = await db.query<{ code_verifier: string; nonce: string; expires_at: string }>(
    'DELETE FROM oidc_sign_in_attempts WHERE state_hash = $1 RETURNING code_verifier, nonce, expires_at',
    [sha256(state)],
  );
  if (!row || new Date(row.expires_at).getTime() <= at.getTime()) return null;
  return { codeVerifier: row.code_verifier, nonce: row.nonce };
}

export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  /** The uscc the identity service says this person acts for (check character already verified). */
  uscc: string;
  /** The person's name from the identity service, when it sent one. */
  name: string | null;
}

export type OidcSignInResult =
  | { ok: true; user: User; created: boolean; isAdministrator: boolean; session: { secret: string; expiresAt: string } }
  | { ok: false; reason: 'UNKNOWN_ENTERPRISE' | 'ACCOUNT_DISABLED' };

/** A stable username for an identity (the identity service's subject is not shown to anyone). */
export function oidcUsername(identity: Pick<VerifiedIdentity, 'issuer' | 'subject' | 'uscc'>): string {
  return `oidc-${sha256(`${identity.issuer}\n${identity.subject}\n${identity.uscc}`).slice(0, 20)}`;
}

/**
 * Signs in a person verified by the identity service: the account linked to (issuer, subject,
 * uscc), created on first sign-in when the enterprise is in the registry (its first user becomes
 * its administrator). A removed account stays removed.
 */
export async function signInWithOidc(db: Database, identity: VerifiedIdentity, at = new Date()): Promise<OidcSignInResult> {
  const result = await db.transaction(async (tx): Promise<OidcSignInResult> => {
    const [linked] = await tx.query<{ user_id: string }>(
      'SELECT user_id FROM oidc_identities WHERE issuer = $1 AND subject = $2 AND uscc = $3',
      [identity.issuer, identity.subject, identity.uscc],
    );
    let user: User | null;
    let created = false;
    let isAdministrator = false;
    if (linked) {
      user = await findUserById(tx, linked.user_id);
      if (!user || user.disabled) return { ok: false, reason: 'ACCOUNT_DISABLED' };
      await tx.query('UPDATE oidc_identities SET last_sign_in_at = $4 WHERE issuer = $1 AND subject = $2 AND uscc = $3', [identity.issuer, identity.subject, identity.uscc, at.toISOString()]);
      isAdministrator = await isEnterpriseAdministrator(tx, user);
    } else {
      const enterprise = await findRegistryEntry(tx, identity.uscc);
      if (!enterprise) return { ok: false, reason: 'UNKNOWN_ENTERPRISE' };
      const made = await createEnterpriseUser(tx, {
        uscc: enterprise.uscc, district: enterprise.district, username: oidcUsername(identity),
        displayName: identity.name?.trim() || `${enterprise.name}（统一身份认证）`,
      }, null, at);
      user = made.user;
      isAdministrator = made.isAdministrator;
      created = true;
      await tx.query(
        'INSERT INTO oidc_identities (issuer, subject, uscc, user_id, created_at, last_sign_in_at) VALUES ($1, $2, $3, $4, $5, $5)',
        [identity.issuer, identity.subject, identity.uscc, user.id, at.toISOString()],
      );
      await appendAuditEvent(tx, { type: 'OIDC_IDENTITY_LINKED', subject: user.id, payload: { uscc: identity.uscc, issuer: identity.issuer } }, user.id, at);
    }
    const session = await createSession(tx, user.id, at);
    await appendAuditEvent(tx, { type: 'USER_SIGNED_IN_OIDC', subject: user.id, payload: { uscc: identity.uscc, issuer: identity.issuer } }, user.id, at);
    return { ok: true, user, created, isAdministrator, session };
  });
  if (!result.ok) await recordOidcRefusal(db, result.reason, identity.issuer, identity.uscc, at);
  return result;
}

/** Every refused sign-in at the callback is in the audit log (reason, identity service, claimed uscc). */
export async function recordOidcRefusal(db: Database, reason: string, issuer: string, uscc: string | null, at = new Date()): Promise<void> {
  await db.transaction((tx) => appendAuditEvent(tx, { type: 'OIDC_SIGN_IN_REFUSED', subject: null, payload: { reason, issuer, uscc } }, null, at));
}
