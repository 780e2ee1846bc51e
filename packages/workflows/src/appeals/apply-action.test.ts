import { describe, expect, it } from 'vitest';
import type { AppealAction } from './action';
import { applyAction } from './apply-action';
import { foldCase } from './fold-case';
import { act, actors, DEPT_A, DEPT_B, DEPT_C, play, SME_BUREAU, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();

function refusal(log: AppealAction[], step: Parameters<typeof applyAction>[1]) {
  const r = applyAction(log, step, ctx);
  expect(r.ok).toBe(false);
  return r.ok ? null : r.error;
}

describe('the browser-test scenario of issue 7, at the domain level', () => {
  it('submit → dispatch → extension requested → approved → answered → 不满意 → reopened → second answer → closed', () => {
    let log = play([act('SUBMITTED', actors.enterprise, '2026-02-10T10:00:00+08:00', submissionPayload())]);
    let c = foldCase(log);
    expect(c.status).toBe('SUBMITTED');
    expect(c.owner).toBe(SME_BUREAU);
    // Shenzhen: other requests within 3 working days; 2/11, 2/12, 2/13 are working days.
    expect(c.clocks.ANSWER?.due).toBe('2026-02-13');
    expect(c.clocks.ANSWER?.rule.id).toBe('cn-gd-sz/REQUEST/ANSWER');

    log = play([act('DISPATCHED', actors.bureau, '2026-02-10T14:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [DEPT_B], note: null })], ctx, log);
    c = foldCase(log);
    expect(c.status).toBe('DISPATCHED');
    expect([c.lead, c.coHandlers]).toEqual([DEPT_A, [DEPT_B]]);
    expect(c.acceptedAt).toBe('2026-02-10T14:00:00+08:00');

    log = play([act('EXTENSION_REQUESTED', actors.deptA, '2026-02-12T09:00:00+08:00', { requestedDue: '2026-02-27' as never, reason: '需现场核查，春节假期无法安排' })], ctx, log);
    expect(foldCase(log).status).toBe('EXTENSION_REQUESTED');
    log = play([act('EXTENSION_APPROVED', actors.supervisor, '2026-02-12T16:00:00+08:00', { newDue: '2026-02-27' as never, note: null })], ctx, log);
    c = foldCase(log);
    expect(c.status).toBe('DISPATCHED');
    expect(c.clocks.ANSWER?.due).toBe('2026-02-27');
    expect(c.extensions).toEqual([{ requestedDue: '2026-02-27', decidedAt: '2026-02-12T16:00:00+08:00', isApproved: true, newDue: '2026-02-27' }]);

    log = play([act('ANSWERED', actors.deptA, '2026-02-26T10:00:00+08:00', { text: '已安排3月初现场验收。', attachments: [] })], ctx, log);
    c = foldCase(log);
    expect(c.status).toBe('ANSWERED');
    expect(c.clocks.ANSWER?.metAt).toBe('2026-02-26T10:00:00+08:00');

    log = play([act('RATED', actors.enterprise, '2026-02-27T09:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: '没有给出具体日期' })], ctx, log);
    log = play([act('REOPENED', actors.enterprise, '2026-02-27T09:05:00+08:00', { reason: '答复未给出验收日期' })], ctx, log);
    c = foldCase(log);
    expect(c.status).toBe('DISPATCHED');
    expect(c.reopenCount).toBe(1);
    // A fresh 3-working-day answer period from 2/27: 2/28 is an adjusted working day (调休), then 3/2, 3/3.
    expect(c.clocks.ANSWER?.due).toBe('2026-03-03');
    expect(c.clocks.ANSWER?.metAt).toBeNull();

    log = play([act('ANSWERED', actors.deptA, '2026-03-02T11:00:00+08:00', { text: '定于2026年3月5日上午现场验收。', attachments: [] })], ctx, log);
    log = play([act('CLOSED', actors.bureau, '2026-03-02T15:00:00+08:00', { note: null })], ctx, log);
    c = foldCase(log);
    expect(c.status).toBe('CLOSED');
    expect(c.answers.map((a) => a.by)).toEqual([DEPT_A, DEPT_A]);
    expect(c.closedAt).toBe('2026-03-02T15:00:00+08:00');
    expect(c.version).toBe(9);
    expect(c.anomalies).toEqual([]);
  });
});

describe('refusals are values with bilingual codes, never exceptions', () => {
  const submitted = () => play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload())]);
  const dispatched = () =>
    play([act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null })], ctx, submitted());

  it('refuses a department that is not the first receiver (首接负责制)', () => {
    const e = refusal(submitted(), act('DISPATCHED', actors.deptB, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }));
    expect(e?.code).toBe('ACTOR_NOT_PERMITTED');
    expect(e?.message.zh).toMatch(/无权/);
    expect(e?.message.en).toMatch(/not permitted/);
  });

  it('refuses an enterprise answering its own case and a co-handler answering', () => {
    const log = play([act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [DEPT_B], note: null })], ctx, submitted());
    expect(refusal(log, act('ANSWERED', actors.enterprise, '2026-03-02T11:00:00+08:00', { text: 'x', attachments: [] }))?.code).toBe('ACTOR_NOT_PERMITTED');
    expect(refusal(log, act('ANSWERED', actors.deptB, '2026-03-02T11:00:00+08:00', { text: 'x', attachments: [] }))?.code).toBe('ACTOR_NOT_PERMITTED');
    expect(applyAction(log, act('NOTE_ADDED', actors.deptB, '2026-03-02T11:00:00+08:00', { text: '协办意见', isInternal: true }), ctx).ok).toBe(true);
  });

  it('refuses another enterprise rating or withdrawing the case', () => {
    const log = submitted();
    expect(refusal(log, act('WITHDRAWN', actors.otherEnterprise, '2026-03-02T11:00:00+08:00', { reason: null }))?.code).toBe('ACTOR_NOT_PERMITTED');
    // A colleague of the same enterprise may.
    expect(applyAction(log, act('WITHDRAWN', actors.colleague, '2026-03-02T11:00:00+08:00', { reason: null }), ctx).ok).toBe(true);
  });

  it('lets each department return once; a second dispute goes to the SME bureau, whose decision is final', () => {
    let log = play([act('RETURNED', actors.deptA, '2026-03-02T11:00:00+08:00', { reason: '不属于本部门职责' })], ctx, dispatched());
    expect(foldCase(log).status).toBe('ACCEPTED');
    expect(foldCase(log).lead).toBeNull();
    // The owner dispatches again to the same department: it may not return twice.
    log = play([act('DISPATCHED', actors.bureau, '2026-03-02T12:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null })], ctx, log);
    const again = refusal(log, act('RETURNED', actors.deptA, '2026-03-02T13:00:00+08:00', { reason: '仍不属于本部门' }));
    expect(again?.code).toBe('RETURN_ALREADY_USED');
    expect(again?.message.zh).toMatch(/中小企业主管部门裁定/);

    // Dispatched instead to another department, which returns too: now the SME bureau decides.
    let log2 = play([act('RETURNED', actors.deptA, '2026-03-02T11:00:00+08:00', { reason: '不属于本部门职责' })], ctx, dispatched());
    log2 = play([act('DISPATCHED', actors.bureau, '2026-03-02T12:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_B, coHandlers: [], note: null })], ctx, log2);
    log2 = play([act('RETURNED', actors.deptB, '2026-03-02T13:00:00+08:00', { reason: '应由住建部门办理' })], ctx, log2);
    expect(foldCase(log2).status).toBe('DISPATCH_DISPUTED');
    log2 = play([act('DISPATCHED', actors.bureau, '2026-03-02T14:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_C, coHandlers: [], note: '裁定' })], ctx, log2);
    expect(foldCase(log2).isDispatchFinal).toBe(true);
    expect(refusal(log2, act('RETURNED', actors.deptC, '2026-03-02T15:00:00+08:00', { reason: '不同意' }))?.code).toBe('DISPATCH_IS_FINAL');
  });

  it('only the SME bureau decides a disputed dispatch, even when another department owns the case', () => {
    let log = play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload({ receivedBy: DEPT_C }))]);
    log = play([act('DISPATCHED', actors.deptC, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null })], ctx, log);
    log = play([act('RETURNED', actors.deptA, '2026-03-02T11:00:00+08:00', { reason: '非本部门' })], ctx, log);
    log = play([act('DISPATCHED', actors.deptC, '2026-03-02T12:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_B, coHandlers: [], note: null })], ctx, log);
    log = play([act('RETURNED', actors.deptB, '2026-03-02T13:00:00+08:00', { reason: '非本部门' })], ctx, log);
    expect(refusal(log, act('DISPATCHED', actors.deptC, '2026-03-02T14:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }))?.code).toBe('ACTOR_NOT_PERMITTED');
    expect(applyAction(log, act('DISPATCHED', actors.bureau, '2026-03-02T14:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }), ctx).ok).toBe(true);
  });

  it('puts the SME bureau in the lead when no department or several own the matter', () => {
    const r = applyAction(submitted(), act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SEVERAL', lead: null, coHandlers: [DEPT_A, DEPT_B], note: null }), ctx);
    expect(r.ok && [r.value.case.lead, r.value.case.coHandlers]).toEqual([SME_BUREAU, [DEPT_A, DEPT_B]]);
    expect(r.ok && r.value.action.type === 'DISPATCHED' && r.value.action.payload.lead).toBe(SME_BUREAU);
    expect(refusal(submitted(), act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'NONE', lead: DEPT_A, coHandlers: [], note: null }))?.code).toBe('LEAD_MUST_BE_SME_BUREAU');
    // Leading by rule, the SME bureau cannot hand the matter back.
    if (!r.ok) return;
    expect(refusal(r.value.log, act('RETURNED', actors.bureau, '2026-03-02T11:00:00+08:00', { reason: '不想办' }))?.code).toBe('LEAD_MUST_BE_SME_BUREAU');
    expect(refusal(submitted(), act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: null, coHandlers: [], note: null }))?.code).toBe('LEAD_REQUIRED');
  });

  it('reopens only once, and only after 不满意', () => {
    let log = play([act('ANSWERED', actors.deptA, '2026-03-03T10:00:00+08:00', { text: '答复一', attachments: [] })], ctx, dispatched());
    log = play([act('RATED', actors.enterprise, '2026-03-03T11:00:00+08:00', { satisfaction: 'BASICALLY_SATISFIED', isResolved: true, comment: null })], ctx, log);
    expect(refusal(log, act('REOPENED', actors.enterprise, '2026-03-03T12:00:00+08:00', { reason: '再议' }))?.code).toBe('REOPEN_NEEDS_DISSATISFIED');

    let log2 = play([act('ANSWERED', actors.deptA, '2026-03-03T10:00:00+08:00', { text: '答复一', attachments: [] })], ctx, dispatched());
    log2 = play(
      [
        act('RATED', actors.enterprise, '2026-03-03T11:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: null }),
        act('REOPENED', actors.enterprise, '2026-03-03T12:00:00+08:00', { reason: '未解决' }),
        act('ANSWERED', actors.deptA, '2026-03-04T10:00:00+08:00', { text: '答复二', attachments: [] }),
        act('RATED', actors.enterprise, '2026-03-04T11:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: '仍未解决' }),
      ],
      ctx,
      log2,
    );
    const e = refusal(log2, act('REOPENED', actors.enterprise, '2026-03-04T12:00:00+08:00', { reason: '再次' }));
    expect(e?.code).toBe('REOPEN_LIMIT_REACHED');
    expect(foldCase(log2).rating?.satisfaction).toBe('DISSATISFIED');
    expect(foldCase(log2).ratings).toHaveLength(2);
  });

  it('refuses every action on a closed, rejected or withdrawn case', () => {
    const closed = play(
      [act('ANSWERED', actors.deptA, '2026-03-03T10:00:00+08:00', { text: '答复', attachments: [] }), act('CLOSED', actors.bureau, '2026-03-03T11:00:00+08:00', { note: null })],
      ctx,
      dispatched(),
    );
    for (const step of [
      act('RATED', actors.enterprise, '2026-03-04T09:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: null }),
      act('REOPENED', actors.enterprise, '2026-03-04T09:00:00+08:00', { reason: 'x' }),
      act('URGED', actors.supervisor, '2026-03-04T09:00:00+08:00', { note: null }),
      act('NOTE_ADDED', actors.bureau, '2026-03-04T09:00:00+08:00', { text: 'x', isInternal: true }),
    ]) {
      const e = refusal(closed, step);
      expect(e?.code).toBe('CASE_IS_FINAL');
      expect(e?.message.zh).toMatch(/已办结/);
    }
    const rejected = play([act('REJECTED', actors.bureau, '2026-03-02T10:00:00+08:00', { reason: 'OUTSIDE_JURISDICTION', explanation: '属广州市管辖', relatedCaseId: null })], ctx, submitted());
    expect(refusal(rejected, act('WITHDRAWN', actors.enterprise, '2026-03-02T11:00:00+08:00', { reason: null }))?.code).toBe('CASE_IS_FINAL');
  });

  it('checks rejection reasons against the type and requires the repeated case', () => {
    expect(refusal(submitted(), act('REJECTED', actors.bureau, '2026-03-02T10:00:00+08:00', { reason: 'REPEAT_OF_CLOSED_CASE', explanation: '重复', relatedCaseId: null }))?.code).toBe('RELATED_CASE_REQUIRED');
    expect(refusal(submitted(), act('REJECTED', actors.bureau, '2026-03-02T10:00:00+08:00', { reason: 'NO_CONTRACT_WITH_DEBTOR', explanation: '无合同', relatedCaseId: null }))?.code).toBe('REASON_NOT_APPLICABLE');
    const r = applyAction(submitted(), act('REJECTED', actors.bureau, '2026-03-02T10:00:00+08:00', { reason: 'REPEAT_OF_CLOSED_CASE', explanation: '与已办结诉求相同', relatedCaseId: 'case-0' }), ctx);
    expect(r.ok && r.value.case.rejection).toEqual({ reason: 'REPEAT_OF_CLOSED_CASE', explanation: '与已办结诉求相同', relatedCaseId: 'case-0' });
  });

  it('refuses anonymous submission where the type does not allow it, and accepts it for a complaint', () => {
    const anonymousRequest = act('SUBMITTED', actors.anonymous, '2026-03-02T09:00:00+08:00', submissionPayload({ isAnonymous: true, reporter: { userId: 'anon-7f3a', enterpriseId: null, enterpriseName: null, uscc: null, contactName: null, contactPhone: null, contactEmail: null } }));
    expect(refusal([], anonymousRequest)?.code).toBe('ANONYMOUS_NOT_ALLOWED');
    const complaint = act('SUBMITTED', actors.anonymous, '2026-03-02T09:00:00+08:00', submissionPayload({ type: 'COMPLAINT', isAnonymous: true, reporter: { userId: 'anon-7f3a', enterpriseId: null, enterpriseName: null, uscc: null, contactName: null, contactPhone: null, contactEmail: null } }));
    expect(applyAction([], complaint, ctx).ok).toBe(true);
  });

  it('requires the first action to be a submission by the reporter itself', () => {
    expect(refusal([], act('ACCEPTED', actors.bureau, '2026-03-02T09:00:00+08:00', { note: null }))?.code).toBe('FIRST_ACTION_MUST_BE_SUBMISSION');
    expect(refusal([], act('SUBMITTED', actors.otherEnterprise, '2026-03-02T09:00:00+08:00', submissionPayload()))?.code).toBe('ACTOR_NOT_PERMITTED');
    expect(refusal(submitted(), act('SUBMITTED', actors.enterprise, '2026-03-02T09:30:00+08:00', submissionPayload()))?.code).toBe('ACTION_NOT_ALLOWED');
  });

  it('treats a replayed action id as idempotent and a reused id as an error', () => {
    const log = submitted();
    const step = act('ACCEPTED', actors.bureau, '2026-03-02T10:00:00+08:00', { note: null });
    const once = play([step], ctx, log);
    const twice = applyAction(once, step, ctx);
    expect(twice.ok && twice.value.isDuplicate).toBe(true);
    expect(twice.ok && twice.value.log).toHaveLength(once.length);
    expect(refusal(once, { ...act('URGED', actors.supervisor, '2026-03-02T11:00:00+08:00', { note: null }), id: step.id })?.code).toBe('ACTION_ID_REUSED');
  });

  it('refuses bad input with a field name, and actions dated before the previous one', () => {
    const e = refusal(submitted(), act('ACCEPTED', actors.bureau, '2026-03-02 10:00', { note: null }));
    expect(e?.code).toBe('INVALID_TIME');
    expect(refusal(submitted(), act('ACCEPTED', actors.bureau, '2026-03-01T10:00:00+08:00', { note: null }))?.code).toBe('ACTION_OUT_OF_ORDER');
    const blank = refusal(dispatched(), act('ANSWERED', actors.deptA, '2026-03-02T11:00:00+08:00', { text: '  ', attachments: [] }));
    expect(blank?.code).toBe('PAYLOAD_INVALID');
    expect(blank?.details.field).toBe('payload.text');
  });

  it('requires an urge (催办) before a supervision notice (督办书) to a department', () => {
    const log = dispatched();
    expect(refusal(log, act('SUPERVISION_NOTICE', actors.supervisor, '2026-03-06T09:00:00+08:00', { target: 'DEPARTMENT', text: '督办书' }))?.code).toBe('SUPERVISION_NEEDS_URGE');
    expect(refusal(log, act('SUPERVISION_NOTICE', actors.supervisor, '2026-03-06T09:00:00+08:00', { target: 'DEBTOR', text: '督办书' }))?.code).toBe('ONLY_FOR_ARREARS');
    const urged = play([act('URGED', actors.supervisor, '2026-03-06T09:00:00+08:00', { note: '请尽快答复' })], ctx, log);
    const r = applyAction(urged, act('SUPERVISION_NOTICE', actors.supervisor, '2026-03-09T09:00:00+08:00', { target: 'DEPARTMENT', text: '督办书' }), ctx);
    expect(r.ok && r.value.case.supervisionNotices).toHaveLength(1);
    expect(refusal(log, act('URGED', actors.deptB, '2026-03-06T09:00:00+08:00', { note: null }))?.code).toBe('ACTOR_NOT_PERMITTED');
  });
});
