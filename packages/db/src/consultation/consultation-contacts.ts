import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export type ContactChannel = 'EMAIL' | 'SMS';
export type CommenterKindOfContact = 'PUBLIC' | 'ASSOCIATION';

/** A code is valid this long, and may be tried this many times. */
export const CONTACT_CODE_TTL_MS = 10 * 60 * 1000;
export const CONTACT_CODE_MAX_ATTEMPTS = 5;

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Creates a challenge for `address`: returns its id and the six-digit code to send (stored only as a hash). */
export async function createContactChallenge(q: Queryable, input: { channel: ContactChannel; address: string; displayName: string; commenterKind?: CommenterKindOfContact; now?: Date }): Promise<{ contactId: string; code: string }> {
  const now = input.now ?? new Date();
  const contactId = `ct-${randomUUID()}`;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await q.query(
    `INSERT INTO consultation_contacts (contact_id, channel, address, display_name, code_hash, code_expires_at, created_at, commenter_kind) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [contactId, input.channel, input.address, input.displayName, sha(`${contactId}:${code}`), new Date(now.getTime() + CONTACT_CODE_TTL_MS).toISOString(), now.toISOString(), input.commenterKind ?? 'PUBLIC'],
  );
  return { contactId, code };
}

export type VerifyContactOutcome =
  | { ok: true; token: string; contactId: string }
  | { ok: false; reason: 'UNKNOWN' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS' | 'WRONG_CODE' | 'ALREADY_VERIFIED'; attemptsLeft: number };

/** Checks a code; on success issues the bearer token of the verified contact (stored only as a hash). Call inside a transaction. */
export async function verifyContactCode(tx: Queryable, input: { contactId: string; code: string; now?: Date }): Promise<VerifyContactOutcome> {
  const now = input.now ?? new Date();
  const [row] = await tx.query<{ channel: ContactChannel; code_hash: string; code_expires_at: Date | string; attempts: number; verified_at: unknown }>(
    'SELECT channel, code_hash, code_expires_at, attempts, verified_at FROM consultation_contacts WHERE contact_id = $1 FOR UPDATE',
    [input.contactId],
  );
  if (!row) return { ok: false, reason: 'UNKNOWN', attemptsLeft: 0 };
  if (row.verified_at !== null) return { ok: false, reason: 'ALREADY_VERIFIED', attemptsLeft: 0 };
  if (row.attempts >= CONTACT_CODE_MAX_ATTEMPTS) return { ok: false, reason: 'TOO_MANY_ATTEMPTS', attemptsLeft: 0 };
  if (new Date(row.code_expires_at).getTime() < now.getTime()) return { ok: false, reason: 'EXPIRED', attemptsLeft: 0 };
  const given = Buffer.from(sha(`${input.contactId}:${input.code.trim()}`));
  if (!timingSafeEqual(given, Buffer.from(row.code_hash))) {
    await tx.query('UPDATE consultation_contacts SET attempts = attempts + 1 WHERE contact_id = $1', [input.contactId]);
    return { ok: false, reason: 'WRONG_CODE', attemptsLeft: CONTACT_CODE_MAX_ATTEMPTS - row.attempts - 1 };
  }
  const token = randomBytes(32).toString('base64url');
  await tx.query('UPDATE consultation_contacts SET verified_at = $2, token_hash = $3 WHERE contact_id = $1', [input.contactId, now.toISOString(), sha(token)]);
  await appendAuditEvent(tx, { type: 'CONSULTATION_CONTACT_VERIFIED', subject: input.contactId, payload: { channel: row.channel } }, null, now);
  return { ok: true, token, contactId: input.contactId };
}

export interface VerifiedContact {
  contactId: string;
  channel: ContactChannel;
  displayName: string;
  commenterKind: CommenterKindOfContact;
}

/** The verified contact a bearer token stands for, or null. */
export async function findVerifiedContact(q: Queryable, token: string): Promise<VerifiedContact | null> {
  const [r] = await q.query<{ contact_id: string; channel: ContactChannel; display_name: string; commenter_kind: CommenterKindOfContact }>(
    'SELECT contact_id, channel, display_name, commenter_kind FROM consultation_contacts WHERE token_hash = $1 AND verified_at IS NOT NULL',
    [sha(token)],
  );
  return r ? { contactId: r.contact_id, channel: r.channel, displayName: r.display_name, commenterKind: r.commenter_kind } : null;
}
