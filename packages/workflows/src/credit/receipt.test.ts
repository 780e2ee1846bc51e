import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { checkReceipt, receiptOf } from './receipt';
import { answerVerification } from './verification';

const c = {
  consentId: 'c1', uscc: '91440300MA5G000001', institutionId: 'bank-demo', scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }] as const,
  purpose: { kind: 'PRODUCT', productName: '科技贷', text: '授信审查' } as const, startDate: plainDate('2026-12-07'), endDate: plainDate('2027-01-05'),
  startsAt: '2026-12-06T16:00:00.000Z', expiresAt: '2027-01-05T16:00:00.000Z', grantedAt: '2026-12-07T01:00:00.000Z', grantedBy: 'u1', revokedAt: null,
};

describe('consent receipts', () => {
  it('are genuine as issued; an altered body, a changed digest or an unknown consent is detected', () => {
    const r = receiptOf(c);
    expect(r.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(checkReceipt(JSON.parse(JSON.stringify(r)), r.digest)).toBe('GENUINE');
    expect(checkReceipt({ ...r, body: { ...r.body, endDate: '2027-12-31' } }, r.digest)).toBe('ALTERED');
    const forged = { ...r, body: { ...r.body, endDate: '2027-12-31' } };
    expect(checkReceipt({ ...forged, digest: receiptOf({ ...c, endDate: plainDate('2027-12-31') }).digest }, r.digest)).toBe('ALTERED');
    expect(checkReceipt(r, null)).toBe('UNKNOWN_CONSENT');
  });

  it('does not depend on the key order of the presented JSON', () => {
    const r = receiptOf(c);
    const reordered = Object.fromEntries(Object.entries(r.body).reverse());
    expect(checkReceipt({ body: reordered, digest: r.digest }, r.digest)).toBe('GENUINE');
  });
});

describe('verification answers', () => {
  it('are three-valued: UNKNOWN when the data is not held, never a silent NO', () => {
    const data = { figures: { revenueFen: 50_000_000_00, employees: 80 }, tagsOnDate: ['SPECIALIZED'] };
    expect(answerVerification({ kind: 'REVENUE_AT_LEAST', year: 2025, thresholdFen: 50_000_000_00 }, data)).toEqual({ answer: 'YES' });
    expect(answerVerification({ kind: 'REVENUE_AT_LEAST', year: 2025, thresholdFen: 50_000_000_01 }, data)).toEqual({ answer: 'NO' });
    expect(answerVerification({ kind: 'EMPLOYEES_AT_LEAST', year: 2025, count: 100 }, data)).toEqual({ answer: 'NO' });
    expect(answerVerification({ kind: 'HOLDS_QUALIFICATION', tag: 'SPECIALIZED', onDate: plainDate('2026-12-01') }, data)).toEqual({ answer: 'YES' });
    expect(answerVerification({ kind: 'REVENUE_AT_LEAST', year: 2019, thresholdFen: 1 }, { figures: null, tagsOnDate: null })).toEqual({ answer: 'UNKNOWN', missing: 'FIGURES' });
    expect(answerVerification({ kind: 'HOLDS_QUALIFICATION', tag: 'SPECIALIZED', onDate: plainDate('2001-01-01') }, { figures: null, tagsOnDate: null })).toEqual({ answer: 'UNKNOWN', missing: 'REGISTRY_STATE' });
  });
});
