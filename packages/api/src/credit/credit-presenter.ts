import type { StoredConsent } from '@huiqi/db';
import { consentStatus, CONSENT_STATUS_LABELS, CREDIT_SCOPE_INFO } from '@huiqi/workflows';

/** A consent as its enterprise, its institution and the overseers see it, with what the viewer may do next. */
export function presentConsent(c: StoredConsent, now: Date, institutionName: { zh: string; en: string } | null, canRevoke: boolean) {
  const status = consentStatus(c, now);
  return {
    consentId: c.consentId,
    uscc: c.uscc,
    enterpriseName: c.enterpriseName,
    institutionId: c.institutionId,
    institutionName,
    scopes: c.scopes.map((s) => ({ scope: s.scope, access: s.access, label: CREDIT_SCOPE_INFO[s.scope].label, isHeld: CREDIT_SCOPE_INFO[s.scope].held })),
    purpose: c.purpose,
    startDate: c.startDate,
    endDate: c.endDate,
    startsAt: c.startsAt,
    expiresAt: c.expiresAt,
    grantedAt: c.grantedAt,
    revokedAt: c.revokedAt,
    status,
    statusLabel: CONSENT_STATUS_LABELS[status],
    canRevoke: canRevoke && (status === 'ACTIVE' || status === 'NOT_YET_STARTED'),
  };
}
