import type { PlainDate } from '@huiqi/kernel';
import type { ScopeGrant } from './scopes';

/** 授权目的: a financing demand the enterprise published, or a named loan product. */
export type ConsentPurpose = { kind: 'FINANCING_DEMAND'; demandId: string; text: string } | { kind: 'PRODUCT'; productName: string; text: string };
export const CONSENT_PURPOSE_KINDS = ['FINANCING_DEMAND', 'PRODUCT'] as const;

/**
 * 授权书: one enterprise opens chosen scopes to one financial institution for a purpose and a period.
 * Immutable once granted; a revocation is a separate fact (`revokedAt`). The period runs from the start
 * of `startDate` to the end of `endDate`, Beijing time; `expiresAt` is that instant.
 */
export interface Consent {
  consentId: string;
  uscc: string;
  institutionId: string;
  scopes: readonly ScopeGrant[];
  purpose: ConsentPurpose;
  startDate: PlainDate;
  endDate: PlainDate;
  /** ISO instant: the start of startDate, Beijing time. */
  startsAt: string;
  /** ISO instant: the end of endDate (the start of the next day), Beijing time. */
  expiresAt: string;
  grantedAt: string;
  grantedBy: string;
  revokedAt: string | null;
}

/** Persisted statuses of a consent, derived from its dates and revocation at a given instant. */
export const CONSENT_STATUSES = ['NOT_YET_STARTED', 'ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, { zh: string; en: string }> = {
  NOT_YET_STARTED: { zh: '未生效', en: 'Not yet in effect' },
  ACTIVE: { zh: '有效', en: 'Active' },
  EXPIRED: { zh: '已到期', en: 'Expired' },
  REVOKED: { zh: '已撤回', en: 'Revoked' },
};

/** The status of a consent at `now` (a revocation takes effect at once; expiry at the instant it falls). */
export function consentStatus(c: Pick<Consent, 'startsAt' | 'expiresAt' | 'revokedAt'>, now: Date): ConsentStatus {
  const t = now.getTime();
  if (c.revokedAt !== null && Date.parse(c.revokedAt) <= t) return 'REVOKED';
  if (t >= Date.parse(c.expiresAt)) return 'EXPIRED';
  if (t < Date.parse(c.startsAt)) return 'NOT_YET_STARTED';
  return 'ACTIVE';
}

/** The instant a Beijing calendar day starts (China keeps UTC+8 all year). */
export function beijingDayStart(d: PlainDate): string {
  return new Date(Date.parse(`${d}T00:00:00+08:00`)).toISOString();
}
