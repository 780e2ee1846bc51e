import { describe, expect, it } from 'vitest';
import type { AppealAction } from './action';
import { applyAction } from './apply-action';
import { foldCase } from './fold-case';
import { presentCaseFor } from './present-case';
import { act, actors, arrearsSubmission, DEPT_A, play, SME_BUREAU, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();

const answerDeadline = (log: AppealAction[], viewer: (typeof actors)[keyof typeof actors]) => {
  const v = presentCaseFor(viewer, log, SME_BUREAU);
  if (!v.ok) throw new Error(v.error.code);
  return { deadline: v.value.deadlines.find((d) => d.clock === 'ANSWER')!, pending: v.value.pendingExtension };
};

describe('extensions: the requested date, the approved date and the due date shown agree with the calendar', () => {
  // A request submitted on 2026-09-24 is due in 3 working days: 9/25–9/27 are off (中秋), so 9/28, 9/29, 9/30.
  const dispatched = () =>
    play([
      act('SUBMITTED', actors.enterprise, '2026-09-24T10:00:00+08:00', submissionPayload()),
      act('DISPATCHED', actors.bureau, '2026-09-24T11:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }),
    ]);

  it('refuses a requested date in the National Day holiday and names the first working day after it', () => {
    const log = dispatched();
    expect(foldCase(log).clocks.ANSWER?.due).toBe('2026-09-30');
    const onHoliday = applyAction(log, act('EXTENSION_REQUESTED', actors.deptA, '2026-09-28T09:00:00+08:00', { requestedDue: '2026-10-03' as never, reason: '需会商' }), ctx);
    expect(onHoliday.ok).toBe(false);
    if (onHoliday.ok) return;
    expect(onHoliday.error).toMatchObject({ code: 'EXTENSION_NOT_WORKING_DAY', details: { field: 'payload.requestedDue', nextWorkingDay: '2026-10-08' } });
    expect(onHoliday.error.message.zh).toContain('2026-10-08');
    // 10/10 is a Saturday worked instead of a holiday (调休): a working day, so it may be asked for
    const onAdjustedSaturday = applyAction(log, act('EXTENSION_REQUESTED', actors.deptA, '2026-09-28T09:00:00+08:00', { requestedDue: '2026-10-10' as never, reason: '需会商' }), ctx);
    expect(onAdjustedSaturday.ok).toBe(true);
  });

  it('shows the pending request, and the approval of the requested date becomes the due date shown to everyone', () => {
    let log = play([act('EXTENSION_REQUESTED', actors.deptA, '2026-09-28T09:00:00+08:00', { requestedDue: '2026-10-08' as never, reason: '需会商' })], ctx, dispatched());
    expect(answerDeadline(log, actors.supervisor).pending).toEqual({ requestedDue: '2026-10-08', requestedAt: '2026-09-28T09:00:00+08:00', reason: '需会商' });
    expect(answerDeadline(log, actors.enterprise).pending).toEqual({ requestedDue: '2026-10-08', requestedAt: '2026-09-28T09:00:00+08:00', reason: null });
    log = play([act('EXTENSION_APPROVED', actors.supervisor, '2026-09-29T09:00:00+08:00', { newDue: '2026-10-08' as never, note: null })], ctx, log);
    for (const viewer of [actors.enterprise, actors.deptA, actors.supervisor]) {
      const { deadline, pending } = answerDeadline(log, viewer);
      expect(pending).toBeNull();
      expect(deadline).toMatchObject({ due: '2026-10-08', extension: { approvedOn: '2026-09-29', approvedDue: '2026-10-08' }, runsOutAt: '2026-10-09T00:00:00+08:00' });
    }
  });

  it('moves an approved due date on by the days the case waited for the enterprise after the approval', () => {
    // arrears: answered within 30 days of receipt (9/5 → 10/5, a holiday → 10/8), at most 90 days in all (→ 12/4)
    let log = play([
      act('SUBMITTED', actors.enterprise, '2026-09-01T09:00:00+08:00', arrearsSubmission()),
      act('ACCEPTED', actors.bureau, '2026-09-01T09:00:00+08:00', { note: null }),
      act('TRANSFERRED', actors.bureau, '2026-09-05T10:00:00+08:00', { handlingDepartment: DEPT_A, note: null }),
    ]);
    expect(foldCase(log).clocks.ANSWER?.due).toBe('2026-10-08');
    const onSunday = applyAction(log, act('EXTENSION_REQUESTED', actors.deptA, '2026-10-08T09:00:00+08:00', { requestedDue: '2026-11-01' as never, reason: '需调取合同履行材料' }), ctx);
    expect(!onSunday.ok && onSunday.error.details).toMatchObject({ nextWorkingDay: '2026-11-02' });
    log = play([
      act('EXTENSION_REQUESTED', actors.deptA, '2026-10-08T09:00:00+08:00', { requestedDue: '2026-11-02' as never, reason: '需调取合同履行材料' }),
      act('EXTENSION_APPROVED', actors.supervisor, '2026-10-08T15:00:00+08:00', { newDue: '2026-11-02' as never, note: null }),
    ], ctx, log);
    expect(answerDeadline(log, actors.deptA).deadline).toMatchObject({ due: '2026-11-02', latestDue: '2026-12-04' });
    // 补正 requested on 10/12 and provided on 10/15: 10/13–10/15 do not count, so 11/2 becomes 11/5 (a Thursday)
    log = play([
      act('INFO_REQUESTED', actors.deptA, '2026-10-12T10:00:00+08:00', { items: '请补充验收单' }),
      act('INFO_PROVIDED', actors.enterprise, '2026-10-15T10:00:00+08:00', { text: '已补充', attachments: [] }),
    ], ctx, log);
    expect(answerDeadline(log, actors.enterprise).deadline).toMatchObject({ due: '2026-11-05', extension: { approvedOn: '2026-10-08', approvedDue: '2026-11-02' } });
  });
});
