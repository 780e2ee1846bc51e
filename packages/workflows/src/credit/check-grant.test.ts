import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { checkGrant, type GrantContext, type GrantInput } from './check-grant';

const ctx: GrantContext = {
  today: plainDate('2026-12-07'),
  isKnownInstitution: (id) => id === 'bank-demo',
  isOwnDemand: (id) => id === 'd-own',
  maxPeriodDays: () => 90,
};
const input = (over: Partial<GrantInput> = {}): GrantInput => ({
  institutionId: 'bank-demo',
  scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }],
  purpose: { kind: 'FINANCING_DEMAND', demandId: 'd-own', text: '流动资金贷款' },
  startDate: plainDate('2026-12-07'),
  endDate: plainDate('2027-01-05'),
  ...over,
});
const refusal = (i: GrantInput, c: GrantContext = ctx) => {
  const r = checkGrant(i, c);
  return r.ok ? null : [r.error.code, r.error.field];
};

describe('checkGrant', () => {
  it('accepts a 30-day consent and fixes its instants in Beijing time', () => {
    const r = checkGrant(input(), ctx);
    expect(r.ok && { days: r.value.periodDays, startsAt: r.value.startsAt, expiresAt: r.value.expiresAt }).toEqual({
      days: 30, startsAt: '2026-12-06T16:00:00.000Z', expiresAt: '2027-01-05T16:00:00.000Z',
    });
  });

  it('refuses each bad input naming its field', () => {
    expect(refusal(input({ institutionId: 'bank-nowhere' }))).toEqual(['CREDIT_INSTITUTION_UNKNOWN', 'institutionId']);
    expect(refusal(input({ scopes: [] }))).toEqual(['CREDIT_SCOPES_EMPTY', 'scopes']);
    expect(refusal(input({ scopes: [{ scope: 'QUALIFICATIONS', access: 'FULL' }, { scope: 'QUALIFICATIONS', access: 'VERIFY_ONLY' }] }))).toEqual(['CREDIT_SCOPE_DUPLICATE', 'scopes']);
    expect(refusal(input({ purpose: { kind: 'PRODUCT', productName: '科技贷', text: '  ' } }))).toEqual(['CREDIT_PURPOSE_EMPTY', 'purpose']);
    expect(refusal(input({ purpose: { kind: 'FINANCING_DEMAND', demandId: 'd-other', text: '贷款' } }))).toEqual(['CREDIT_PURPOSE_DEMAND_NOT_OWN', 'purpose']);
    expect(refusal(input({ startDate: plainDate('2026-12-06') }))).toEqual(['CREDIT_PERIOD_STARTS_IN_PAST', 'startDate']);
    expect(refusal(input({ endDate: plainDate('2026-12-06') }))).toEqual(['CREDIT_PERIOD_END_BEFORE_START', 'endDate']);
    expect(refusal(input(), { ...ctx, maxPeriodDays: () => null })).toEqual(['CREDIT_MAX_PERIOD_UNKNOWN', 'endDate']);
  });

  it('allows exactly the maximum period, both days counted, and not one day more', () => {
    expect(checkGrant(input({ endDate: plainDate('2027-03-06') }), ctx).ok).toBe(true);
    const r = checkGrant(input({ endDate: plainDate('2027-03-07') }), ctx);
    expect(!r.ok && [r.error.code, r.error.details]).toEqual(['CREDIT_PERIOD_TOO_LONG', { maxDays: 90, periodDays: 91 }]);
    expect(!r.ok && r.error.message.zh).toContain('90 日');
  });
});
