import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { applyRepairAction, type RepairContext } from './apply-repair-action';
import type { AnyRepairAction } from './repair-action';

const USCC = '91440300MA5TEST01X';
const mark = { markId: 'cm-1', uscc: USCC, isPublic: true, period: { minimumEnd: '2026-03-10' as PlainDate, end: '2028-12-10' as PlainDate }, repairedOn: null };
const ctx = (today: string, over: Partial<RepairContext> = {}): RepairContext => ({ mark, today: today as PlainDate, hasOpenApplication: false, ...over });
const enterprise = { kind: 'ENTERPRISE' as const, userId: 'u-firm', uscc: USCC };
const bureau = { kind: 'BUREAU' as const, userId: 'u-bureau' };
let n = 0;
const action = (type: AnyRepairAction['type'], actor: AnyRepairAction['actor'], payload: Record<string, unknown>): AnyRepairAction =>
  ({ id: `a-${++n}`, type, at: '2026-04-01T02:00:00.000Z', actor, payload }) as AnyRepairAction;
const submitted = (over: Record<string, unknown> = {}) =>
  action('SUBMITTED', enterprise, { repairId: 'cr-1', markId: 'cm-1', uscc: USCC, measures: ['RECTIFICATION_DONE', 'CREDIT_COMMITMENT'], evidence: '罚款已于2026年1月缴清，附缴款凭证。', decisionDue: '2026-04-06', ...over });

describe('applyRepairAction', () => {
  it('refuses an application before the shortest publication period has run out, naming the first day one may apply (社会信用条例 第七十九条)', () => {
    const onLastDay = applyRepairAction([], submitted(), ctx('2026-03-10'));
    expect(onLastDay.ok || onLastDay.error).toMatchObject({ code: 'CREDIT_REPAIR_MINIMUM_NOT_SERVED', field: 'markId', details: { from: '2026-03-11' } });
    expect(applyRepairAction([], submitted(), ctx('2026-03-11')).ok).toBe(true);
  });

  it('refuses a repaired mark, an ended publication, a second open application, another enterprise\'s mark, no measures and no evidence', () => {
    const cases: [RepairContext, AnyRepairAction, string, string][] = [
      [ctx('2026-04-01', { mark: { ...mark, repairedOn: '2026-03-20' as PlainDate } }), submitted(), 'CREDIT_REPAIR_ALREADY_REPAIRED', 'markId'],
      [ctx('2028-12-11'), submitted(), 'CREDIT_REPAIR_PUBLICATION_ENDED', 'markId'],
      [ctx('2026-04-01', { hasOpenApplication: true }), submitted(), 'CREDIT_REPAIR_APPLICATION_OPEN', 'markId'],
      [ctx('2026-04-01'), action('SUBMITTED', { ...enterprise, uscc: '91440300MA5OTHER1X' }, { ...submitted().payload, uscc: '91440300MA5OTHER1X' }), 'CREDIT_REPAIR_NOT_OWN_MARK', 'markId'],
      [ctx('2026-04-01'), submitted({ measures: [] }), 'CREDIT_REPAIR_MEASURES_EMPTY', 'measures'],
      [ctx('2026-04-01'), submitted({ measures: ['CREDIT_COMMITMENT', 'CREDIT_COMMITMENT'] }), 'CREDIT_REPAIR_MEASURES_EMPTY', 'measures'],
      [ctx('2026-04-01'), submitted({ evidence: '   ' }), 'CREDIT_REPAIR_EVIDENCE_EMPTY', 'evidence'],
    ];
    for (const [c, a, code, field] of cases) {
      const r = applyRepairAction([], a, c);
      expect(r.ok ? null : [r.error.code, r.error.field]).toEqual([code, field]);
    }
  });

  it('runs submission → materials requested once → provided → approved with reasons; nothing after the decision', () => {
    const c = ctx('2026-04-01');
    const log: AnyRepairAction[] = [];
    const step = (a: AnyRepairAction) => {
      const r = applyRepairAction(log, a, c);
      if (!r.ok) throw new Error(`${a.type}: ${r.error.code}`);
      log.push(r.value.action);
      return r.value.repair;
    };
    expect(step(submitted()).status).toBe('SUBMITTED');
    expect(step(action('MATERIALS_REQUESTED', bureau, { items: '请补充缴款凭证原件扫描件' })).status).toBe('MATERIALS_REQUESTED');
    expect(step(action('MATERIALS_PROVIDED', enterprise, { evidence: '已上传缴款凭证扫描件说明' })).status).toBe('SUBMITTED');
    const again = applyRepairAction(log, action('MATERIALS_REQUESTED', bureau, { items: '再补一次' }), c);
    expect(again.ok ? null : again.error.code).toBe('CREDIT_REPAIR_ACTION_NOT_ALLOWED');
    const noReasons = applyRepairAction(log, action('APPROVED', bureau, { reasons: '' }), c);
    expect(noReasons.ok ? null : [noReasons.error.code, noReasons.error.field]).toEqual(['CREDIT_REPAIR_REASONS_REQUIRED', 'reasons']);
    const done = step(action('APPROVED', bureau, { reasons: '已履行处罚决定，作出信用承诺，符合修复条件' }));
    expect(done).toMatchObject({ status: 'APPROVED', evidence: [expect.any(String), '已上传缴款凭证扫描件说明'], decision: { isApproved: true, byUserId: 'u-bureau' } });
    const late = applyRepairAction(log, action('WITHDRAWN', enterprise, {}), c);
    expect(late.ok ? null : late.error.code).toBe('CREDIT_REPAIR_ACTION_NOT_ALLOWED');
  });

  it('lets only the bureau decide and only the applicant withdraw', () => {
    const c = ctx('2026-04-01');
    const log = [submitted()];
    const self = applyRepairAction(log, action('APPROVED', enterprise, { reasons: '自己批准' }), c);
    expect(self.ok ? null : self.error.code).toBe('CREDIT_REPAIR_ACTOR_NOT_PERMITTED');
    const other = applyRepairAction(log, action('WITHDRAWN', { ...enterprise, uscc: '91440300MA5OTHER1X' }, {}), c);
    expect(other.ok ? null : other.error.code).toBe('CREDIT_REPAIR_ACTOR_NOT_PERMITTED');
    const refused = applyRepairAction(log, action('REJECTED', bureau, { reasons: '尚未缴清罚款' }), c);
    expect(refused.ok && refused.value.repair.decision).toMatchObject({ isApproved: false, reasons: '尚未缴清罚款' });
  });
});
