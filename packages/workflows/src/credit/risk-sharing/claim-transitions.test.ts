import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { applyClaimAction } from './apply-claim-action';
import type { AnyClaimAction } from './claim-action';
import { CLAIM_STATUSES } from './claim-status';
import { CLAIM_TRANSITIONS, type ClaimStatusTransitions } from './claim-transitions';
import { approvedAmountFen, foldClaim } from './fold-claim';

const render = (s: keyof typeof CLAIM_TRANSITIONS) => {
  const row: ClaimStatusTransitions = CLAIM_TRANSITIONS[s];
  return Object.entries(row).map(([a, t]) => `${a}(${[...t!.by].sort().join('|')})→${t!.to}`).sort();
};

const bank = { kind: 'INSTITUTION', userId: 'b1', institutionId: 'bank-a' } as const;
const otherBank = { kind: 'INSTITUTION', userId: 'b2', institutionId: 'bank-b' } as const;
const officer = { kind: 'OFFICER', userId: 'o1' } as const;
const second = { kind: 'OFFICER', userId: 'o2' } as const;
const finance = { kind: 'FINANCE', userId: 'f1' } as const;
const loan = { demandId: 'fd-1', uscc: 'U1', institutionId: 'bank-a', principalFen: 100_000_000, grantedOn: plainDate('2026-03-02'), registeredOn: plainDate('2026-03-05') };
const filed = (over: Record<string, unknown> = {}): AnyClaimAction => ({
  id: 'a1', type: 'FILED', at: '2026-12-07T02:00:00Z', actor: bank,
  payload: { claimId: 'rc-1', loan, lossPrincipalFen: 40_000_000, defaultedOn: plainDate('2026-11-30'), description: '借款人停止经营，催收无果', account: { accountName: '某银行深圳分行', accountNumber: '4000 0000 0001', bankName: '某银行深圳分行' }, ...over },
} as AnyClaimAction);
const decision = { amountFen: 20_000_000, share: '0.5', countedLossFen: 40_000_000, assessedOn: plainDate('2026-03-05'), citations: ['cn-gd-sz/measures/sme-relief-2023#measure_5__para_1'], isUnverified: true };
const proposed: AnyClaimAction = { id: 'a2', type: 'APPROVAL_PROPOSED', at: '2026-12-08T02:00:00Z', actor: officer, payload: { fundId: 'risk-pool', decision, note: '' } };
const confirmed = (actor: typeof officer | typeof second = second): AnyClaimAction => ({ id: 'a3', type: 'APPROVAL_CONFIRMED', at: '2026-12-08T03:00:00Z', actor, payload: { note: '' } });
const code = (r: ReturnType<typeof applyClaimAction>) => (r.ok ? r.value.claim.status : r.error.code);
const field = (r: ReturnType<typeof applyClaimAction>) => (r.ok ? null : r.error.field);

describe('the risk-compensation claim transition table', () => {
  it('allows exactly these actions in every status (snapshot; a change here is a change of procedure)', () => {
    expect(Object.keys(CLAIM_TRANSITIONS).sort()).toEqual([...CLAIM_STATUSES].sort());
    expect(Object.fromEntries(CLAIM_STATUSES.map((s) => [s, render(s)]))).toEqual({
      FILED: ['APPROVAL_PROPOSED(REVIEWER)→APPROVAL_PROPOSED', 'REJECTED(REVIEWER)→REJECTED'],
      APPROVAL_PROPOSED: ['APPROVAL_CONFIRMED(REVIEWER)→APPROVED', 'REJECTED(REVIEWER)→REJECTED'],
      APPROVED: ['PAYMENT_SCHEDULED(FINANCE)→PAYMENT_SCHEDULED'],
      REJECTED: ['RESUBMITTED(BANK)→FILED'],
      PAYMENT_SCHEDULED: [],
    });
  });

  it('runs file → propose → confirm (another officer) → batch, and the amount counts only once two officers approved', () => {
    expect(code(applyClaimAction([], filed()))).toBe('FILED');
    expect(code(applyClaimAction([filed()], proposed))).toBe('APPROVAL_PROPOSED');
    expect(code(applyClaimAction([filed(), proposed], confirmed(officer)))).toBe('RISK_CLAIM_SAME_REVIEWER');
    const r = applyClaimAction([filed(), proposed], confirmed());
    expect(r.ok && [r.value.claim.status, approvedAmountFen(r.value.claim)]).toEqual(['APPROVED', 20_000_000]);
    expect(approvedAmountFen(foldClaim([filed(), proposed]))).toBeNull();
    const batched: AnyClaimAction = { id: 'a4', type: 'PAYMENT_SCHEDULED', at: '2026-12-09T02:00:00Z', actor: finance, payload: { batchId: 'pb-1', paymentId: 'pay-1' } };
    expect(code(applyClaimAction([filed(), proposed, confirmed()], { ...batched, actor: officer }))).toBe('RISK_CLAIM_ACTOR_NOT_PERMITTED');
    expect(code(applyClaimAction([filed(), proposed, confirmed()], batched))).toBe('PAYMENT_SCHEDULED');
  });

  it('only the bank that registered the loan files a claim, and banks never review', () => {
    expect(code(applyClaimAction([], { ...filed(), actor: otherBank }))).toBe('RISK_CLAIM_ACTOR_NOT_PERMITTED');
    expect(code(applyClaimAction([], { ...filed(), actor: officer }))).toBe('RISK_CLAIM_ACTOR_NOT_PERMITTED');
    expect(code(applyClaimAction([filed()], { ...proposed, actor: bank }))).toBe('RISK_CLAIM_ACTOR_NOT_PERMITTED');
  });

  it('refuses a bad filing naming the field', () => {
    expect(field(applyClaimAction([], filed({ lossPrincipalFen: 0 })))).toBe('lossPrincipalFen');
    expect(field(applyClaimAction([], filed({ lossPrincipalFen: 100_000_001 })))).toBe('lossPrincipalFen');
    expect(field(applyClaimAction([], filed({ defaultedOn: plainDate('2026-03-04') })))).toBe('defaultedOn');
    expect(field(applyClaimAction([], filed({ defaultedOn: plainDate('2026-12-08') })))).toBe('defaultedOn');
    expect(field(applyClaimAction([], filed({ description: '  ' })))).toBe('description');
    expect(field(applyClaimAction([], filed({ account: { accountName: '某银行', accountNumber: '', bankName: '某银行' } })))).toBe('account.accountNumber');
  });

  it('a proposal needs a compensable amount; a rejection needs its reason and stops the review', () => {
    expect(code(applyClaimAction([filed()], { ...proposed, payload: { ...proposed.payload, decision: { ...decision, amountFen: 0 } } } as AnyClaimAction))).toBe('RISK_CLAIM_NOT_COMPENSABLE');
    const reject = (reason: string): AnyClaimAction => ({ id: 'a5', type: 'REJECTED', at: '2026-12-08T02:00:00Z', actor: second, payload: { reason } });
    expect(field(applyClaimAction([filed(), proposed], reject(' ')))).toBe('reason');
    const r = applyClaimAction([filed(), proposed], reject('追偿材料不全'));
    expect(r.ok && [r.value.claim.status, r.value.claim.rejection?.reason]).toEqual(['REJECTED', '追偿材料不全']);
    expect(code(applyClaimAction([filed(), proposed, reject('追偿材料不全')], confirmed()))).toBe('RISK_CLAIM_ACTION_NOT_ALLOWED');
  });

  it('the bank corrects a rejected claim and files it again (补正): a new round of review, the rejection kept, the filing checked again', () => {
    const rejected: AnyClaimAction = { id: 'a5', type: 'REJECTED', at: '2026-12-08T02:00:00Z', actor: second, payload: { reason: '损失金额与催收记录不符' } };
    const log = [filed(), proposed, rejected];
    const resubmit = (over: Record<string, unknown> = {}, actor: AnyClaimAction['actor'] = bank): AnyClaimAction => ({
      id: 'a6', type: 'RESUBMITTED', at: '2026-12-09T02:00:00Z', actor,
      payload: { lossPrincipalFen: 30_000_000, defaultedOn: plainDate('2026-11-30'), description: '借款人停止经营，已收回1000万元', account: (filed().payload as { account: object }).account, correction: '扣除已收回部分，更正损失金额', ...over },
    } as AnyClaimAction);
    expect(code(applyClaimAction([filed()], resubmit()))).toBe('RISK_CLAIM_ACTION_NOT_ALLOWED');
    expect(code(applyClaimAction(log, resubmit({}, otherBank)))).toBe('RISK_CLAIM_ACTOR_NOT_PERMITTED');
    expect(code(applyClaimAction(log, resubmit({}, officer)))).toBe('RISK_CLAIM_ACTOR_NOT_PERMITTED');
    expect(field(applyClaimAction(log, resubmit({ correction: ' ' })))).toBe('correction');
    expect(field(applyClaimAction(log, resubmit({ lossPrincipalFen: 100_000_001 })))).toBe('lossPrincipalFen');
    expect(field(applyClaimAction(log, resubmit({ defaultedOn: plainDate('2026-12-10') })))).toBe('defaultedOn');
    const r = applyClaimAction(log, resubmit());
    expect(r.ok).toBe(true);
    const c = r.ok ? r.value.claim : null;
    expect(c && [c.status, c.lossPrincipalFen, c.proposal, c.rejection, c.resubmissions.map((x) => [x.rejection.reason, x.correction])]).toEqual([
      'FILED', 30_000_000, null, null, [['损失金额与催收记录不符', '扣除已收回部分，更正损失金额']],
    ]);
    const again = { ...proposed, id: 'a7', at: '2026-12-10T02:00:00Z' };
    expect(code(applyClaimAction([...log, resubmit()], again))).toBe('APPROVAL_PROPOSED');
  });
});
