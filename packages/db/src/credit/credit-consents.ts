import type { Consent } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface ConsentRow {
  consent_id: string;
  uscc: string;
  institution_id: string;
  scopes: Consent['scopes'];
  purpose: Consent['purpose'];
  start_date: string;
  end_date: string;
  starts_at: string;
  expires_at: string;
  granted_at: string;
  granted_by: string;
  revoked_at: string | null;
  digest: string;
  enterprise_name: string;
}

/** A stored consent with the digest of its receipt. */
export interface StoredConsent extends Consent {
  digest: string;
  enterpriseName: string;
}

const SELECT = `SELECT c.consent_id, c.uscc, c.institution_id, c.scopes, c.purpose, c.start_date::text AS start_date, c.end_date::text AS end_date,
  c.starts_at, c.expires_at, c.granted_at, c.granted_by, r.revoked_at, c.digest, e.name AS enterprise_name
  FROM credit_consents c JOIN enterprises e ON e.uscc = c.uscc LEFT JOIN credit_consent_revocations r ON r.consent_id = c.consent_id`;

const toConsent = (r: ConsentRow): StoredConsent => ({
  consentId: r.consent_id, uscc: r.uscc, institutionId: r.institution_id, scopes: r.scopes, purpose: r.purpose,
  startDate: r.start_date as Consent['startDate'], endDate: r.end_date as Consent['endDate'], startsAt: r.starts_at, expiresAt: r.expires_at,
  grantedAt: r.granted_at, grantedBy: r.granted_by, revokedAt: r.revoked_at, digest: r.digest, enterpriseName: r.enterprise_name,
});

/** Stores a granted consent with its audit event. Call inside a transaction. */
export async function insertConsent(tx: Queryable, c: Consent, digest: string): Promise<void> {
  await tx.query(
    `INSERT INTO credit_consents (consent_id, uscc, institution_id, scopes, purpose, start_date, end_date, starts_at, expires_at, granted_at, granted_by, digest)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10, $11, $12)`,
    [c.consentId, c.uscc, c.institutionId, JSON.stringify(c.scopes), JSON.stringify(c.purpose), c.startDate, c.endDate, c.startsAt, c.expiresAt, c.grantedAt, c.grantedBy, digest],
  );
  await appendAuditEvent(tx, {
    type: 'CREDIT_CONSENT_GRANTED', subject: c.consentId,
    payload: { uscc: c.uscc, institutionId: c.institutionId, scopes: c.scopes.map((s) => `${s.scope}:${s.access}`), endDate: c.endDate, digest },
  }, c.grantedBy, new Date(c.grantedAt));
}

/**
 * Revokes a consent at `at`, effective at once. Revoking twice is harmless: the first revocation
 * stands and the answer says it was already revoked. Call inside a transaction.
 */
export async function revokeConsent(tx: Queryable, c: Pick<Consent, 'consentId' | 'uscc' | 'institutionId'>, userId: string, at: Date): Promise<{ revokedAt: string; isNew: boolean }> {
  const inserted = await tx.query<{ revoked_at: string }>(
    `INSERT INTO credit_consent_revocations (consent_id, revoked_at, revoked_by) VALUES ($1, $2, $3) ON CONFLICT (consent_id) DO NOTHING RETURNING revoked_at`,
    [c.consentId, at.toISOString(), userId],
  );
  if (inserted[0]) {
    await appendAuditEvent(tx, { type: 'CREDIT_CONSENT_REVOKED', subject: c.consentId, payload: { uscc: c.uscc, institutionId: c.institutionId } }, userId, at);
    return { revokedAt: inserted[0].revoked_at, isNew: true };
  }
  const [existing] = await tx.query<{ revoked_at: string }>('SELECT revoked_at FROM credit_consent_revocations WHERE consent_id = $1', [c.consentId]);
  return { revokedAt: existing!.revoked_at, isNew: false };
}

export async function findConsent(q: Queryable, consentId: string): Promise<StoredConsent | null> {
  const [r] = await q.query<ConsentRow>(`${SELECT} WHERE c.consent_id = $1`, [consentId]);
  return r ? toConsent(r) : null;
}

/** One enterprise's consents to one institution (the consents an access decision weighs). */
export async function consentsForPair(q: Queryable, institutionId: string, uscc: string): Promise<StoredConsent[]> {
  const rows = await q.query<ConsentRow>(`${SELECT} WHERE c.institution_id = $1 AND c.uscc = $2 ORDER BY c.granted_at DESC, c.consent_id`, [institutionId, uscc]);
  return rows.map(toConsent);
}

/** Who a list of consents is for: one enterprise, one institution, or (oversight) everyone. */
export type ConsentFilter = { uscc: string } | { institutionId: string } | { all: true };

/**
 * Consents newest first, a page at a time by key (granted_at, consent_id) so a bank with 10 000
 * consents pages in constant time. `after` is the last row of the previous page.
 */
export async function listConsents(q: Queryable, filter: ConsentFilter, page: { limit: number; after?: { grantedAt: string; consentId: string } | null }): Promise<StoredConsent[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if ('uscc' in filter) where.push(`c.uscc = $${params.push(filter.uscc)}`);
  if ('institutionId' in filter) where.push(`c.institution_id = $${params.push(filter.institutionId)}`);
  if (page.after) where.push(`(c.granted_at, c.consent_id) < ($${params.push(page.after.grantedAt)}::timestamptz, $${params.push(page.after.consentId)})`);
  const rows = await q.query<ConsentRow>(
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.granted_at DESC, c.consent_id DESC LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows.map(toConsent);
}
