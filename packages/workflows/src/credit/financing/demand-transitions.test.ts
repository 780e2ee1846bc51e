import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { applyDemandAction } from './apply-demand-action';
import type { AnyDemandAction } from './demand-action';
import { DEMAND_STATUSES } from './demand-status';
import { DEMAND_TRANSITIONS, type DemandStatusTransitions } from './demand-transitions';

const render = (s: keyof typeof DEMAND_TRANSITIONS) => {
  const row: DemandStatusTransitions = DEMAND_TRANSITIONS[s];
  return Object.entries(row).map(([a, t]) => `${a}(${[...t!.by].sort().join('|')})→${t!.to}`).sort();
};

const owner = { kind: 'ENTERPRISE', userId: 'u1', uscc: 'U1' } as const;
const bank = { kind: 'INSTITUTION', userId: 'b1', institutionId: 'bank-a' } as const;
const other = { kind: 'INSTITUTION', userId: 'b2', institutionId: 'bank-b' } as const;
const published: AnyDemandAction = { id: 'a1', type: 'PUBLISHED', at: '2026-12-07T01:00:00Z', actor: owner, payload: { demandId: 'd1', uscc: 'U1', amountFen: 300_000_000, termMonths: 12, purpose: '采购原材料', collateral: 'NONE', urgency: 'URGENT' } };
const taken: AnyDemandAction = { id: 'a2', type: 'TAKEN', at: '2026-12-07T02:00:00Z', actor: bank, payload: {} };
const loan = (over = {}): AnyDemandAction => ({ id: 'a3', type: 'LOAN_RECORDED', at: '2026-12-08T02:00:00Z', actor: bank, payload: { grantedAmountFen: 200_000_000, annualRatePercent: '3.45', termMonths: 12, isFirstLoan: true, kind: 'CREDIT', grantedOn: plainDate('2026-12-08'), ...over } });
const code = (r: ReturnType<typeof applyDemandAction>) => (r.ok ? r.value.demand.status : r.error.code);

describe('the financing demand transition table', () => {
  it('allows exactly these actions in every status (snapshot; a change here is a change of procedure)', () => {
    expect(Object.keys(DEMAND_TRANSITIONS).sort()).toEqual([...DEMAND_STATUSES].sort());
    expect(Object.fromEntries(DEMAND_STATUSES.map((s) => [s, render(s)]))).toEqual({
      PUBLISHED: ['TAKEN(INSTITUTION)→TAKEN', 'WITHDRAWN(OWNER)→WITHDRAWN'],
      TAKEN: ['LOAN_RECORDED(TAKER)→LOAN_GRANTED', 'RELEASED(TAKER)→PUBLISHED', 'WITHDRAWN(OWNER)→WITHDRAWN'],
      LOAN_GRANTED: [],
      WITHDRAWN: [],
    });
  });

  it('runs publish → take → loan, and only the taker records the loan', () => {
    expect(code(applyDemandAction([], published))).toBe('PUBLISHED');
    expect(code(applyDemandAction([published], taken))).toBe('TAKEN');
    expect(code(applyDemandAction([published, taken], { ...loan(), actor: other }))).toBe('FINANCING_ACTOR_NOT_PERMITTED');
    expect(code(applyDemandAction([published], { ...taken, actor: owner }))).toBe('FINANCING_ACTOR_NOT_PERMITTED');
    const r = applyDemandAction([published, taken], loan());
    expect(r.ok && r.value.demand.loan).toMatchObject({ institutionId: 'bank-a', isFirstLoan: true, annualRatePercent: '3.45' });
    expect(code(applyDemandAction([published, taken, loan()], { ...taken, id: 'a4', actor: other }))).toBe('FINANCING_ACTION_NOT_ALLOWED');
  });

  it('checks the terms and the loan outcome', () => {
    expect(code(applyDemandAction([], { ...published, payload: { ...published.payload, amountFen: 0 } } as AnyDemandAction))).toBe('FINANCING_AMOUNT_INVALID');
    expect(code(applyDemandAction([], { ...published, payload: { ...published.payload, termMonths: 361 } } as AnyDemandAction))).toBe('FINANCING_TERM_INVALID');
    expect(code(applyDemandAction([published, taken], loan({ annualRatePercent: '3.4.5' })))).toBe('FINANCING_RATE_INVALID');
    expect(code(applyDemandAction([published, taken], loan({ grantedOn: plainDate('2026-12-09') })))).toBe('FINANCING_GRANT_DATE_INVALID');
    expect(code(applyDemandAction([published, taken], loan({ grantedOn: plainDate('2026-12-06') })))).toBe('FINANCING_GRANT_DATE_INVALID');
  });

  it('a release returns the demand to the marketplace with its reason', () => {
    const released: AnyDemandAction = { id: 'a5', type: 'RELEASED', at: '2026-12-07T03:00:00Z', actor: bank, payload: { reason: '抵押物不足' } };
    const r = applyDemandAction([published, taken], released);
    expect(r.ok && [r.value.demand.status, r.value.demand.takenBy, r.value.demand.releases.map((x) => x.institutionId)]).toEqual(['PUBLISHED', null, ['bank-a']]);
    expect(code(applyDemandAction([published, taken], { ...released, payload: { reason: ' ' } }))).toBe('FINANCING_REASON_REQUIRED');
  });
});
