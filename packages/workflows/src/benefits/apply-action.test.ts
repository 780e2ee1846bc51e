import { describe, expect, it } from 'vitest';
import { plainDate, type PlainDate } from '@huiqi/kernel';
import type { BenefitAction, BenefitActor, LoggedBenefitAction } from './benefit-action';
import { applyBenefitAction } from './apply-action';
import { foldBenefitCase } from './fold-case';
import { BENEFIT_TRANSITIONS } from './transition-table';

const ent: BenefitActor = { role: 'ENTERPRISE', userId: 'u-ent' };
const rev: BenefitActor = { role: 'REVIEWER', userId: 'u-rev' };
const rev2: BenefitActor = { role: 'REVIEWER', userId: 'u-rev2' };
const fin: BenefitActor = { role: 'FINANCE', userId: 'u-fin' };
const account = { accountName: '深圳市示例科技有限公司', accountNumber: '6222000011112222', bankName: '某银行深圳分行' };

function run(steps: [BenefitAction, BenefitActor, string][]): LoggedBenefitAction[] {
  const log: LoggedBenefitAction[] = [];
  for (const [a, actor, on] of steps) {
    const r = applyBenefitAction(log, a, actor, `${on}T02:00:00.000Z`, plainDate(on));
    if (!r.ok) throw new Error(r.error.message.en);
    log.push(r.value.entry);
  }
  return log;
}
const d = (s: string): PlainDate => plainDate(s);

describe('benefit case log', () => {
  it('an application goes 受理 → 补正 (clock paused) → 审核 → 公示 → 拨付 with the dates of each stage', () => {
    const log = run([
      [{ type: 'SUBMIT', payload: { channel: 'ONLINE_APPLICATION', account, declaredTruthful: true } }, ent, '2026-03-02'],
      [{ type: 'ACCEPT', payload: {} }, rev, '2026-03-03'],
      [{ type: 'REQUEST_CORRECTION', payload: { note: '请补充贷款合同' } }, rev, '2026-03-05'],
      [{ type: 'SUBMIT_CORRECTION', payload: { note: '已上传' } }, ent, '2026-03-10'],
      [{ type: 'APPROVE', payload: { amountFen: 5_000_000, computedFen: 5_000_000, assessedOn: d('2023-12-31'), overrideReason: null, noticeUntil: d('2026-03-18') } }, rev, '2026-03-11'],
      [{ type: 'END_NOTICE', payload: {} }, { role: 'SYSTEM', userId: null }, '2026-03-19'],
      [{ type: 'SCHEDULE_PAYMENT', payload: { batchId: 'b1' } }, fin, '2026-03-20'],
      [{ type: 'RECORD_PAID', payload: { batchId: 'b1', bankReference: 'R1', paidOn: d('2026-03-21') } }, fin, '2026-03-21'],
    ]);
    const s = foldBenefitCase(log);
    expect(s.status).toBe('PAID');
    expect(s.pauses).toEqual([{ from: '2026-03-05', until: '2026-03-10' }]);
    expect(s.dates).toMatchObject({ submittedOn: '2026-03-02', acceptedOn: '2026-03-03', decidedOn: '2026-03-11', noticeUntil: '2026-03-18', approvedOn: '2026-03-19', paidOn: '2026-03-21' });
    expect(s.decision?.amountFen).toBe(5_000_000);
    expect(s.version).toBe(8);
  });

  it('免申即享 takes three steps: listed by data comparison, wish and account confirmed, approved and paid', () => {
    const log = run([
      [{ type: 'LIST', payload: { channel: 'NO_APPLICATION', computedFen: 12_000 } }, { role: 'SYSTEM', userId: null }, '2026-04-01'],
      [{ type: 'CONFIRM', payload: { account } }, ent, '2026-04-02'],
      [{ type: 'APPROVE', payload: { amountFen: 12_000, computedFen: 12_000, assessedOn: d('2023-12-31'), overrideReason: null, noticeUntil: null } }, rev, '2026-04-03'],
    ]);
    const s = foldBenefitCase(log);
    expect(s.channel).toBe('NO_APPLICATION');
    expect(s.status).toBe('APPROVED');
    expect(s.account).toEqual(account);
  });

  it('refuses an approval of an unconfirmed 免申即享 case, and actions by the wrong party', () => {
    const log = run([[{ type: 'LIST', payload: { channel: 'NO_APPLICATION', computedFen: 1 } }, { role: 'SYSTEM', userId: null }, '2026-04-01']]);
    const approve = applyBenefitAction(log, { type: 'APPROVE', payload: { amountFen: 1, computedFen: 1, assessedOn: d('2023-12-31'), overrideReason: null, noticeUntil: null } }, rev, 'x', d('2026-04-02'));
    expect(approve.ok).toBe(false);
    if (!approve.ok) expect(approve.error.code).toBe('BENEFIT_TRANSITION_NOT_ALLOWED');
    const byReviewer = applyBenefitAction(log, { type: 'CONFIRM', payload: { account } }, rev, 'x', d('2026-04-02'));
    expect(byReviewer.ok ? null : byReviewer.error.code).toBe('BENEFIT_NOT_PERMITTED');
  });

  it('an amount override needs a reason and a second reviewer', () => {
    const base = run([
      [{ type: 'SUBMIT', payload: { channel: 'ONLINE_APPLICATION', account, declaredTruthful: true } }, ent, '2026-03-02'],
      [{ type: 'ACCEPT', payload: {} }, rev, '2026-03-03'],
    ]);
    const noReason = applyBenefitAction(base, { type: 'APPROVE', payload: { amountFen: 100, computedFen: 200, assessedOn: d('2023-12-31'), overrideReason: null, noticeUntil: null } }, rev, 'x', d('2026-03-04'));
    expect(noReason.ok ? null : noReason.error.code).toBe('BENEFIT_OVERRIDE_REASON_REQUIRED');
    const withReason = applyBenefitAction(base, { type: 'APPROVE', payload: { amountFen: 100, computedFen: 200, assessedOn: d('2023-12-31'), overrideReason: '部分贷款已提前归还' }, noticeUntil: null } as never, rev, 'x', d('2026-03-04'));
    expect(withReason.ok).toBe(true);
    if (!withReason.ok) return;
    expect(withReason.value.state.status).toBe('OVERRIDE_PENDING');
    const log = [...base, withReason.value.entry];
    const self = applyBenefitAction(log, { type: 'CONFIRM_OVERRIDE', payload: {} }, rev, 'x', d('2026-03-05'));
    expect(self.ok ? null : self.error.code).toBe('BENEFIT_SECOND_REVIEWER_REQUIRED');
    const second = applyBenefitAction(log, { type: 'CONFIRM_OVERRIDE', payload: {} }, rev2, 'x', d('2026-03-05'));
    expect(second.ok && second.value.state.status).toBe('APPROVED');
    expect(second.ok && second.value.state.decision?.confirmedBy).toBe('u-rev2');
  });

  it('a notice period cannot be ended before it is over; withdraw only while pending', () => {
    const log = run([
      [{ type: 'SUBMIT', payload: { channel: 'ONLINE_APPLICATION', account, declaredTruthful: true } }, ent, '2026-03-02'],
      [{ type: 'ACCEPT', payload: {} }, rev, '2026-03-03'],
      [{ type: 'APPROVE', payload: { amountFen: 5, computedFen: 5, assessedOn: d('2023-12-31'), overrideReason: null, noticeUntil: d('2026-03-10') } }, rev, '2026-03-04'],
    ]);
    const early = applyBenefitAction(log, { type: 'END_NOTICE', payload: {} }, { role: 'SYSTEM', userId: null }, 'x', d('2026-03-10'));
    expect(early.ok ? null : early.error.code).toBe('BENEFIT_NOTICE_NOT_OVER');
    const withdraw = applyBenefitAction(log, { type: 'WITHDRAW', payload: { note: null } }, ent, 'x', d('2026-03-05'));
    expect(withdraw.ok).toBe(false);
  });

  it('every action type has a transition and only the opening actions start a case', () => {
    const opening = Object.entries(BENEFIT_TRANSITIONS).filter(([, t]) => t.from === null).map(([k]) => k).sort();
    expect(opening).toEqual(['LIST', 'SUBMIT']);
  });
});
