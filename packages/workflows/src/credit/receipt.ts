import { createHash } from 'node:crypto';
import { CREDIT_ARTICLES } from './articles';
import type { Consent } from './consent';

/**
 * 授权证明 (${CREDIT_ARTICLES.queryNeedsAuthorization}): the consent as a receipt. The digest is the
 * SHA-256 of the canonical JSON of `body` (keys sorted, no spaces); the platform keeps the digest
 * with the consent, so a receipt whose body was altered, or which names a consent the platform never
 * issued, is detected by `checkReceipt`.
 */
export interface ConsentReceiptBody {
  receiptVersion: 1;
  consentId: string;
  uscc: string;
  institutionId: string;
  scopes: Consent['scopes'];
  purpose: Consent['purpose'];
  startDate: string;
  endDate: string;
  expiresAt: string;
  grantedAt: string;
}

export interface ConsentReceipt {
  body: ConsentReceiptBody;
  digest: string;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function receiptBodyOf(c: Consent): ConsentReceiptBody {
  return {
    receiptVersion: 1, consentId: c.consentId, uscc: c.uscc, institutionId: c.institutionId,
    scopes: c.scopes.map((s) => ({ scope: s.scope, access: s.access })), purpose: c.purpose,
    startDate: c.startDate, endDate: c.endDate, expiresAt: c.expiresAt, grantedAt: c.grantedAt,
  };
}

export const digestOf = (body: ConsentReceiptBody): string => createHash('sha256').update(canonicalJson(body)).digest('hex');

export function receiptOf(c: Consent): ConsentReceipt {
  const body = receiptBodyOf(c);
  return { body, digest: digestOf(body) };
}

export type ReceiptCheck = 'GENUINE' | 'ALTERED' | 'UNKNOWN_CONSENT';

/** Compares a presented receipt with the digest the platform stored for that consent (null: no such consent). */
export function checkReceipt(presented: { body: unknown; digest: string }, storedDigest: string | null): ReceiptCheck {
  if (storedDigest === null) return 'UNKNOWN_CONSENT';
  const recomputed = createHash('sha256').update(canonicalJson(presented.body)).digest('hex');
  return recomputed === storedDigest && presented.digest === storedDigest ? 'GENUINE' : 'ALTERED';
}
