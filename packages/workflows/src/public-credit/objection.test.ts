import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { applyObjectionAction } from './fold-objection';
import { OBJECTION_STATUSES, OBJECTION_TRANSITIONS, type AnyObjectionAction } from './objection';

const firm = { kind: 'ENTERPRISE', userId: 'e1', uscc: 'U1' } as const;
const officer = { kind: 'PROVIDER', userId: 'd1' } as const;
const submitted = (over: Record<string, unknown> = {}, actor: AnyObjectionAction['actor'] = firm): AnyObjectionAction => ({
  id: 'a1', type: 'SUBMITTED', at: '2026-12-07T02:00:00Z', actor,
  payload: { objectionId: 'co-1', markId: 'cm-1', uscc: 'U1', ground: 'ERROR_OR_OMISSION', explanation: '处罚决定书文号录入错误', decisionDue: plainDate('2026-12-09'), ...over },
} as AnyObjectionAction);
const upheld = (reasons = '核实后文号有误，予以更正'): AnyObjectionAction => ({ id: 'a2', type: 'UPHELD', at: '2026-12-08T02:00:00Z', actor: officer, payload: { handling: 'CORRECTED', reasons } });
const code = (r: ReturnType<typeof applyObjectionAction>) => (r.ok ? r.value.status : r.error.code);

describe('a credit objection (异议, 社会信用条例 第四十八—五十一条)', () => {
  it('allows exactly these actions (snapshot)', () => {
    expect(Object.keys(OBJECTION_TRANSITIONS).sort()).toEqual([...OBJECTION_STATUSES].sort());
    expect(OBJECTION_TRANSITIONS).toEqual({ SUBMITTED: { UPHELD: { by: ['PROVIDER'], to: 'UPHELD' }, DISMISSED: { by: ['PROVIDER'], to: 'DISMISSED' } }, UPHELD: {}, DISMISSED: {} });
  });

  it('is filed by the enterprise the record names, with an explanation, and decided once by the providing unit with reasons', () => {
    expect(code(applyObjectionAction([], submitted({}, { kind: 'ENTERPRISE', userId: 'e2', uscc: 'U2' }), false))).toBe('CREDIT_OBJECTION_ACTOR_NOT_PERMITTED');
    const empty = applyObjectionAction([], submitted({ explanation: ' ' }), false);
    expect(!empty.ok && [empty.error.code, empty.error.field]).toEqual(['CREDIT_OBJECTION_EXPLANATION_EMPTY', 'explanation']);
    expect(code(applyObjectionAction([], submitted(), false))).toBe('SUBMITTED');
    expect(code(applyObjectionAction([submitted()], upheld(), false))).toBe('CREDIT_OBJECTION_ACTOR_NOT_PERMITTED');
    const noReason = applyObjectionAction([submitted()], upheld(' '), true);
    expect(!noReason.ok && noReason.error.field).toBe('reasons');
    const r = applyObjectionAction([submitted()], upheld(), true);
    expect(r.ok && [r.value.status, r.value.decision?.handling, r.value.decisionDue]).toEqual(['UPHELD', 'CORRECTED', '2026-12-09']);
    expect(code(applyObjectionAction([submitted(), upheld()], { id: 'a3', type: 'DISMISSED', at: '2026-12-08T03:00:00Z', actor: officer, payload: { reasons: '不成立' } }, true))).toBe('CREDIT_OBJECTION_ACTION_NOT_ALLOWED');
  });
});
