import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import type { Consent } from './consent';
import { consentStatus } from './consent';
import { decideAccess } from './decide-access';

const consent = (over: Partial<Consent> = {}): Consent => ({
  consentId: 'c1', uscc: 'U', institutionId: 'bank-demo',
  scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }, { scope: 'YEARLY_FIGURES', access: 'VERIFY_ONLY' }],
  purpose: { kind: 'PRODUCT', productName: '科技贷', text: '授信审查' },
  startDate: plainDate('2026-12-07'), endDate: plainDate('2027-01-05'),
  startsAt: '2026-12-06T16:00:00.000Z', expiresAt: '2027-01-05T16:00:00.000Z',
  grantedAt: '2026-12-07T01:00:00.000Z', grantedBy: 'u1', revokedAt: null, ...over,
});
const at = (iso: string) => new Date(iso);
const reason = (d: ReturnType<typeof decideAccess>) => (d.allowed ? 'ALLOWED' : d.reason);

describe('decideAccess', () => {
  it('allows a FULL scope under an active consent, and refuses a VERIFY_ONLY scope for reading', () => {
    const now = at('2026-12-10T00:00:00Z');
    expect(reason(decideAccess([consent()], { kind: 'READ', scopes: ['REGISTRY_PROFILE'] }, now))).toBe('ALLOWED');
    expect(reason(decideAccess([consent()], { kind: 'READ', scopes: ['REGISTRY_PROFILE', 'YEARLY_FIGURES'] }, now))).toBe('SCOPE_NOT_GRANTED');
    expect(reason(decideAccess([consent()], { kind: 'VERIFY', scope: 'YEARLY_FIGURES' }, now))).toBe('ALLOWED');
    expect(reason(decideAccess([consent()], { kind: 'VERIFY', scope: 'QUALIFICATIONS' }, now))).toBe('VERIFY_NOT_ALLOWED');
  });

  it('stops at the instant of expiry and at once on revocation', () => {
    const read = { kind: 'READ', scopes: ['REGISTRY_PROFILE'] } as const;
    expect(reason(decideAccess([consent()], read, at('2027-01-05T15:59:59.999Z')))).toBe('ALLOWED');
    expect(reason(decideAccess([consent()], read, at('2027-01-05T16:00:00.000Z')))).toBe('CONSENT_EXPIRED');
    expect(reason(decideAccess([consent()], read, at('2026-12-06T15:59:59Z')))).toBe('CONSENT_NOT_STARTED');
    const revoked = consent({ revokedAt: '2026-12-09T00:00:00.000Z' });
    expect(reason(decideAccess([revoked], read, at('2026-12-09T00:00:00.000Z')))).toBe('CONSENT_REVOKED');
    expect(consentStatus(revoked, at('2026-12-08T23:59:59Z'))).toBe('ACTIVE');
  });

  it('answers NO_CONSENT without consents and uses any active consent that covers the request', () => {
    const now = at('2026-12-10T00:00:00Z');
    expect(reason(decideAccess([], { kind: 'READ', scopes: ['REGISTRY_PROFILE'] }, now))).toBe('NO_CONSENT');
    const second = consent({ consentId: 'c2', scopes: [{ scope: 'QUALIFICATIONS', access: 'FULL' }] });
    const d = decideAccess([consent({ revokedAt: '2026-12-08T00:00:00Z' }), second], { kind: 'READ', scopes: ['QUALIFICATIONS'] }, now);
    expect(d.allowed && d.consent.consentId).toBe('c2');
  });
});
