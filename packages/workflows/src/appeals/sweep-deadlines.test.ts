import { describe, expect, it } from 'vitest';
import type { AppealAction } from './action';
import { applyAction } from './apply-action';
import { foldCase } from './fold-case';
import { sweepDeadlines } from './sweep-deadlines';
import { act, actors, arrearsSubmission, DEPT_A, play, SME_BUREAU, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();

/** Appends the sweep's REMINDER_SENT actions to the logs, as the job does. */
function appendAll(logs: Map<string, AppealAction[]>, actions: ReturnType<typeof sweepDeadlines>['actions']): number {
  let appended = 0;
  for (const { caseId, action } of actions) {
    const r = applyAction(logs.get(caseId)!, action, ctx);
    if (!r.ok) throw new Error(r.error.code);
    if (!r.value.isDuplicate) appended++;
    logs.set(caseId, r.value.log);
  }
  return appended;
}

describe('sweepDeadlines', () => {
  // Due 2026-03-05 (3 working days from Monday 3/2), dispatched to DEPT_A.
  const dispatched = () =>
    play([
      act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload({ caseId: 'case-sweep-1' })),
      act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }),
    ]);

  it('sends nothing well before the due date', () => {
    expect(sweepDeadlines([foldCase(dispatched())], '2026-03-03T09:00:00+08:00').reminders).toEqual([]);
  });

  it('sends a near-due reminder within the rule’s window, then an overdue one to the supervisor after 24:00 of the due day', () => {
    const near = sweepDeadlines([foldCase(dispatched())], '2026-03-05T08:00:00+08:00');
    expect(near.reminders.map((r) => [r.level, r.due, r.recipients, r.notifySupervisor])).toEqual([['NEAR_DUE', '2026-03-05', [DEPT_A, SME_BUREAU], false]]);
    expect(near.reminders[0]!.message.zh).toMatch(/2026-03-05 届满/);
    // 23:59 on the due day is still on time.
    expect(sweepDeadlines([foldCase(dispatched())], '2026-03-05T23:59:00+08:00').reminders.map((r) => r.level)).toEqual(['NEAR_DUE']);
    const late = sweepDeadlines([foldCase(dispatched())], '2026-03-06T00:00:00+08:00');
    expect(late.reminders.map((r) => [r.level, r.notifySupervisor])).toEqual([['OVERDUE', true]]);
  });

  it('is idempotent: after its actions are appended, running it again sends nothing new', () => {
    const logs = new Map([['case-sweep-1', dispatched()]]);
    const cases = () => [...logs.values()].map(foldCase);
    const first = sweepDeadlines(cases(), '2026-03-05T08:00:00+08:00');
    expect(first.reminders).toHaveLength(1);
    expect(appendAll(logs, first.actions)).toBe(1);
    expect(sweepDeadlines(cases(), '2026-03-05T08:30:00+08:00').reminders).toEqual([]);
    // The same run retried before its actions were stored yields the same keys, and appending them twice changes nothing.
    const retried = sweepDeadlines([foldCase(dispatched())], '2026-03-05T08:00:00+08:00');
    expect(retried.actions.map((a) => a.action.id)).toEqual(first.actions.map((a) => a.action.id));
    expect(appendAll(logs, retried.actions)).toBe(0);
    // Overdue is a new reminder, sent once.
    const overdue = sweepDeadlines(cases(), '2026-03-06T09:00:00+08:00');
    expect(overdue.reminders.map((r) => r.level)).toEqual(['OVERDUE']);
    appendAll(logs, overdue.actions);
    expect(sweepDeadlines(cases(), '2026-03-07T09:00:00+08:00').reminders).toEqual([]);
    expect(foldCase(logs.get('case-sweep-1')!).remindersSent).toEqual(['case-sweep-1/ANSWER/NEAR_DUE/2026-03-05', 'case-sweep-1/ANSWER/OVERDUE/2026-03-05']);
  });

  it('skips answered, paused and final cases, and starts again after an extension', () => {
    const answered = play([act('ANSWERED', actors.deptA, '2026-03-04T10:00:00+08:00', { text: '已处理', attachments: [] })], ctx, dispatched());
    const paused = play([act('INFO_REQUESTED', actors.deptA, '2026-03-04T10:00:00+08:00', { items: '补充材料' })], ctx, dispatched());
    const withdrawn = play([act('WITHDRAWN', actors.enterprise, '2026-03-04T10:00:00+08:00', { reason: '已自行解决' })], ctx, dispatched());
    expect(sweepDeadlines([answered, paused, withdrawn].map(foldCase), '2026-03-09T09:00:00+08:00').reminders).toEqual([]);

    const extended = play(
      [
        act('EXTENSION_REQUESTED', actors.deptA, '2026-03-04T10:00:00+08:00', { requestedDue: '2026-03-13' as never, reason: '需会商' }),
        act('EXTENSION_APPROVED', actors.supervisor, '2026-03-04T15:00:00+08:00', { newDue: '2026-03-13' as never, note: null }),
      ],
      ctx,
      dispatched(),
    );
    expect(sweepDeadlines([foldCase(extended)], '2026-03-06T09:00:00+08:00').reminders).toEqual([]);
    expect(sweepDeadlines([foldCase(extended)], '2026-03-14T09:00:00+08:00').reminders.map((r) => r.key)).toEqual(['case-sweep-1/ANSWER/OVERDUE/2026-03-13']);
  });

  it('watches the arrears review and transfer periods (first receiver) and then the answer period (handling department)', () => {
    // Received Monday 3/2: review within 10 working days → 3/16.
    const received = play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', arrearsSubmission({ caseId: 'case-arrears-1' }))]);
    const r1 = sweepDeadlines([foldCase(received)], '2026-03-17T09:00:00+08:00');
    expect(r1.reminders.map((r) => [r.clock, r.level, r.due, r.recipients])).toEqual([['ACCEPT', 'OVERDUE', '2026-03-16', [SME_BUREAU]]]);
    // Accepted 3/3: transfer within 10 working days → 3/17; transferred 3/5 to DEPT_A: answer within 30 days → 4/4 (Sat, 清明 4/4–4/6) → 4/7.
    const transferred = play(
      [act('ACCEPTED', actors.bureau, '2026-03-03T09:00:00+08:00', { note: null }), act('TRANSFERRED', actors.bureau, '2026-03-05T09:00:00+08:00', { handlingDepartment: DEPT_A, note: null })],
      ctx,
      received,
    );
    const c = foldCase(transferred);
    expect([c.clocks.ACCEPT?.metAt, c.clocks.TRANSFER?.metAt, c.clocks.ANSWER?.due]).toEqual(['2026-03-03T09:00:00+08:00', '2026-03-05T09:00:00+08:00', '2026-04-07']);
    const r2 = sweepDeadlines([c], '2026-04-05T09:00:00+08:00');
    expect(r2.reminders.map((r) => [r.clock, r.level, r.recipients])).toEqual([['ANSWER', 'NEAR_DUE', [DEPT_A, SME_BUREAU]]]);
  });

  it('processes in batches', () => {
    const many = [1, 2, 3].map((i) =>
      foldCase(play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload({ caseId: `case-batch-${i}` }))])),
    );
    const r = sweepDeadlines(many, '2026-03-09T09:00:00+08:00', { limit: 2 });
    expect(r.reminders).toHaveLength(2);
    expect(r.hasMore).toBe(true);
  });

  it('rejects a `now` without a time zone (a programmer error)', () => {
    expect(() => sweepDeadlines([], '2026-03-09 09:00')).toThrow(RangeError);
  });
});
