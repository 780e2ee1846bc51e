import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainDate } from '@huiqi/kernel';
import { consentStatus, type Consent } from './consent';
import { decideAccess, type AccessRequest } from './decide-access';
import { CREDIT_SCOPES, type CreditScope } from './scopes';

const T0 = Date.parse('2026-12-01T00:00:00Z');
const HOUR = 3_600_000;

const consentArb = fc.record({
  startH: fc.integer({ min: 0, max: 200 }),
  lengthH: fc.integer({ min: 1, max: 200 }),
  revokeH: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  scopes: fc.uniqueArray(fc.record({ scope: fc.constantFrom(...CREDIT_SCOPES), access: fc.constantFrom('FULL' as const, 'VERIFY_ONLY' as const) }), { selector: (s) => s.scope, maxLength: 4 }),
}).map((x): Consent => ({
  consentId: `c-${x.startH}-${x.lengthH}-${x.revokeH}`, uscc: 'U', institutionId: 'bank', scopes: x.scopes,
  purpose: { kind: 'PRODUCT', productName: 'p', text: 't' }, startDate: plainDate('2026-12-01'), endDate: plainDate('2026-12-31'),
  startsAt: new Date(T0 + x.startH * HOUR).toISOString(), expiresAt: new Date(T0 + (x.startH + x.lengthH) * HOUR).toISOString(),
  grantedAt: new Date(T0).toISOString(), grantedBy: 'u', revokedAt: x.revokeH === null ? null : new Date(T0 + x.revokeH * HOUR).toISOString(),
}));

const requestArb: fc.Arbitrary<AccessRequest> = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...CREDIT_SCOPES), { minLength: 1, maxLength: 3 }).map((scopes) => ({ kind: 'READ' as const, scopes })),
  fc.constantFrom(...CREDIT_SCOPES).map((scope: CreditScope) => ({ kind: 'VERIFY' as const, scope })),
);

/** The rule written out plainly: some consent is active now and grants every scope asked at a level that allows the request. */
function plainRule(consents: readonly Consent[], r: AccessRequest, now: Date): boolean {
  const asked = r.kind === 'READ' ? r.scopes : [r.scope];
  return consents.some((c) => consentStatus(c, now) === 'ACTIVE' && asked.every((s) => c.scopes.some((g) => g.scope === s && (r.kind === 'VERIFY' || g.access === 'FULL'))));
}

describe('decideAccess against the rule written plainly', () => {
  it('allows exactly when an active consent covers the request, and then names a consent that does', () => {
    fc.assert(
      fc.property(fc.array(consentArb, { maxLength: 5 }), requestArb, fc.integer({ min: 0, max: 450 }), (consents, request, h) => {
        const now = new Date(T0 + h * HOUR);
        const d = decideAccess(consents, request, now);
        expect(d.allowed).toBe(plainRule(consents, request, now));
        if (d.allowed) expect(plainRule([d.consent], request, now)).toBe(true);
        else if (consents.length === 0) expect(d.reason).toBe('NO_CONSENT');
      }),
      { numRuns: 2000 },
    );
  });
});
