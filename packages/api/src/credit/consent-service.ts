import { randomUUID } from 'node:crypto';
import { findConsent, insertConsent, listDemands, listInstitutions, revokeConsent, type Database, type StoredConsent } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { checkGrant, receiptOf, type Consent, type GrantInput } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { creditNow } from './credit-clock';
import { maxConsentDays } from './credit-runtime';

/**
 * 授权: checks a grant in the domain (which names the refused field), stores the immutable consent
 * with its receipt digest and audit event, and returns it.
 */
export async function grantConsent(db: Database, actor: { userId: string; uscc: string }, input: GrantInput): Promise<StoredConsent> {
  const now = creditNow();
  const institutions = new Set((await listInstitutions(db)).map((i) => i.id));
  const ownDemands = new Set((await listDemands(db, { uscc: actor.uscc }, 1000)).filter((d) => d.status !== 'WITHDRAWN').map((d) => d.demandId));
  const max = await maxConsentDays(input.startDate);
  const r = checkGrant(input, {
    today: today('Asia/Shanghai', now),
    isKnownInstitution: (id) => institutions.has(id),
    isOwnDemand: (id) => ownDemands.has(id),
    maxPeriodDays: () => max,
  });
  if (!r.ok) throw new AppError(r.error.code, { message: r.error.message, details: { field: r.error.field, ...r.error.details } });
  const consent: Consent = {
    consentId: `cc-${randomUUID()}`, uscc: actor.uscc, institutionId: r.value.institutionId, scopes: r.value.scopes, purpose: r.value.purpose,
    startDate: r.value.startDate, endDate: r.value.endDate, startsAt: r.value.startsAt, expiresAt: r.value.expiresAt,
    grantedAt: now.toISOString(), grantedBy: actor.userId, revokedAt: null,
  };
  const { digest } = receiptOf(consent);
  await db.transaction((tx) => insertConsent(tx, consent, digest));
  return (await findConsent(db, consent.consentId))!;
}

/** 撤回授权: effective at once; a second revocation changes nothing. Only the granting enterprise may revoke (others get 404). */
export async function withdrawConsent(db: Database, actor: { userId: string; uscc: string }, consentId: string): Promise<StoredConsent> {
  const c = await findConsent(db, consentId);
  if (!c || c.uscc !== actor.uscc) throw new AppError('CREDIT_CONSENT_NOT_FOUND');
  await db.transaction((tx) => revokeConsent(tx, c, actor.userId, creditNow()));
  return (await findConsent(db, consentId))!;
}

/** A date as typed by the user. */
export const asPlainDate = (s: string) => s as PlainDate;
