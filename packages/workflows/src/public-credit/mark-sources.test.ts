import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { markFromArrears, markFromPenalty, type ArrearsOutcome, type PenaltyDecision } from './mark-sources';

const arrears: ArrearsOutcome = {
  appealType: 'ARREARS_COMPLAINT', creditMark: { at: '2026-05-01T02:00:00Z', finding: '逾期未付128万元，经督促仍拒不支付' },
  debtor: { name: '某大型集团有限公司', uscc: '91440300MA5DEBT01X' }, foundOn: '2026-05-01' as PlainDate,
};
const penalty: PenaltyDecision = {
  outcome: 'CASE_OPENED', penaltyStatus: 'PENALTY_NOT_EXCLUDED', uscc: '91440300MA5FIRM01X', subjectName: '某科技有限公司', inspectedOn: '2026-05-01' as PlainDate,
  decisionNumber: '深市监罚〔2026〕12号', decidedOn: '2026-05-20' as PlainDate, penalty: '罚款5000元', today: '2026-06-01' as PlainDate,
};
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);

describe('marks from the records that produce them', () => {
  it('takes an arrears finding into the debtor\'s record, published only when found serious with a reason (保障中小企业款项支付条例 第二十六条)', () => {
    const quiet = markFromArrears(arrears, false, null);
    expect(quiet.ok && quiet.value).toMatchObject({ kind: 'ARREARS_DEBTOR', uscc: '91440300MA5DEBT01X', isPublic: false, decidedOn: '2026-05-01' });
    const serious = markFromArrears(arrears, true, '拖欠多家中小企业，金额巨大');
    expect(serious.ok && serious.value.isPublic).toBe(true);
    expect(code(markFromArrears(arrears, true, ' '))).toBe('CREDIT_MARK_SERIOUS_REASON_REQUIRED');
    expect(code(markFromArrears({ ...arrears, appealType: 'COMPLAINT' }, false, null))).toBe('CREDIT_MARK_SOURCE_NOT_ARREARS');
    expect(code(markFromArrears({ ...arrears, creditMark: null }, false, null))).toBe('CREDIT_MARK_NOT_FOUND_IN_CASE');
    expect(code(markFromArrears({ ...arrears, debtor: { name: '某研究院', uscc: null } }, false, null))).toBe('CREDIT_MARK_DEBTOR_WITHOUT_USCC');
  });

  it('records a penalty only after a case was opened, never for a minor or first violation (深圳条例 第六十九条), with a valid decision', () => {
    expect(markFromPenalty(penalty).ok).toBe(true);
    expect(code(markFromPenalty({ ...penalty, outcome: 'ORDERED_TO_RECTIFY' }))).toBe('CREDIT_MARK_RESULT_NOT_CASE_OPENED');
    expect(code(markFromPenalty({ ...penalty, penaltyStatus: 'NO_PENALTY' }))).toBe('CREDIT_MARK_MINOR_VIOLATION');
    expect(code(markFromPenalty({ ...penalty, penaltyStatus: 'MAY_WAIVE' }))).toBe('CREDIT_MARK_MINOR_VIOLATION');
    expect(code(markFromPenalty({ ...penalty, decidedOn: '2026-04-30' as PlainDate }))).toBe('CREDIT_MARK_DECISION_INVALID');
    expect(code(markFromPenalty({ ...penalty, decidedOn: '2026-06-02' as PlainDate }))).toBe('CREDIT_MARK_DECISION_INVALID');
    expect(code(markFromPenalty({ ...penalty, decisionNumber: '' }))).toBe('CREDIT_MARK_DECISION_INVALID');
  });
});
