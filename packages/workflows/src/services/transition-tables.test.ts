import { describe, expect, it } from 'vitest';
import { PROVIDER_ACTION_TYPES, PROVIDER_STATUSES } from './provider/provider-status';
import { PROVIDER_TRANSITIONS, type ProviderStatusTransitions } from './provider/provider-transitions';
import { VOUCHER_ACTION_TYPES, VOUCHER_STATUSES } from './voucher/voucher-status';
import { VOUCHER_TRANSITIONS, type VoucherStatusTransitions } from './voucher/voucher-transitions';

const render = (row: ProviderStatusTransitions | VoucherStatusTransitions) =>
  Object.entries(row).map(([action, t]) => `${action}(${[...t!.by].sort().join('|')})→${t!.to}`).sort();

describe('the services transition tables', () => {
  it('have one row per status and only known actions', () => {
    expect(Object.keys(PROVIDER_TRANSITIONS).sort()).toEqual([...PROVIDER_STATUSES].sort());
    expect(Object.keys(VOUCHER_TRANSITIONS).sort()).toEqual([...VOUCHER_STATUSES].sort());
    for (const s of PROVIDER_STATUSES) for (const a of Object.keys(PROVIDER_TRANSITIONS[s])) expect(PROVIDER_ACTION_TYPES).toContain(a);
    for (const s of VOUCHER_STATUSES) for (const a of Object.keys(VOUCHER_TRANSITIONS[s])) expect(VOUCHER_ACTION_TYPES).toContain(a);
  });

  it('allow exactly these provider actions (snapshot; a change here is a change of procedure)', () => {
    expect(Object.fromEntries(PROVIDER_STATUSES.map((s) => [s, render(PROVIDER_TRANSITIONS[s])]))).toEqual({
      PENDING: ['APPROVED(BUREAU)→APPROVED', 'REJECTED(BUREAU)→REJECTED', 'WITHDRAWN(OWNER)→WITHDRAWN'],
      APPROVED: ['RATED(BUREAU)→SAME', 'SUSPENDED(BUREAU)→SUSPENDED', 'WITHDRAWN(OWNER)→WITHDRAWN'],
      REJECTED: ['RESUBMITTED(OWNER)→PENDING'],
      SUSPENDED: ['RATED(BUREAU)→SAME', 'REINSTATED(BUREAU)→APPROVED', 'WITHDRAWN(OWNER)→WITHDRAWN'],
      WITHDRAWN: [],
    });
  });

  it('allow exactly these voucher actions (snapshot): redeemed once, expired only while unused', () => {
    expect(Object.fromEntries(VOUCHER_STATUSES.map((s) => [s, render(VOUCHER_TRANSITIONS[s])]))).toEqual({
      ISSUED: ['CLAIMED(ENTERPRISE)→CLAIMED', 'EXPIRED(SYSTEM)→EXPIRED'],
      CLAIMED: ['EXPIRED(SYSTEM)→EXPIRED', 'REDEEMED(PROVIDER)→REDEEMED'],
      REDEEMED: ['SETTLED(FINANCE)→SETTLED'],
      SETTLED: [],
      EXPIRED: [],
    });
  });
});
