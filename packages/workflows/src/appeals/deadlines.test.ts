import { createCalendar, shippedYearEntries, type CalendarYearEntry } from '@huiqi/calendar';
import type { PlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action';
import { foldCase } from './fold-case';
import { recomputeDeadlines } from './recompute-deadlines';
import { sweepDeadlines } from './sweep-deadlines';
import { act, actors, arrearsSubmission, DEPT_A, play, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();

function requestDue(at: string): string | null {
  const c = foldCase(play([act('SUBMITTED', actors.enterprise, at, submissionPayload())]));
  return c.clocks.ANSWER?.due ?? null;
}

function transferredArrears(acceptAt: string, transferAt: string) {
  return play([
    act('SUBMITTED', actors.enterprise, acceptAt, arrearsSubmission()),
    act('ACCEPTED', actors.bureau, acceptAt, { note: '正式受理' }),
    act('TRANSFERRED', actors.bureau, transferAt, { handlingDepartment: DEPT_A, note: null }),
  ]);
}

describe('Shenzhen requests: 3 working days (民法典 Art. 201: the starting day is not counted)', () => {
  it('counts an ordinary week', () => {
    expect(requestDue('2026-03-02T09:00:00+08:00')).toBe('2026-03-05');
  });

  it('counts the 2026 Spring Festival: 2/14 (Sat) is an adjusted working day, 2/15–2/23 are off', () => {
    expect(requestDue('2026-02-12T16:30:00+08:00')).toBe('2026-02-24');
    // Filed on the holiday itself: the next working days are 2/24, 2/25, 2/26.
    expect(requestDue('2026-02-16T10:00:00+08:00')).toBe('2026-02-26');
  });

  it('counts the 2026 National Day: 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) are worked', () => {
    expect(requestDue('2026-09-30T10:00:00+08:00')).toBe('2026-10-10');
    expect(requestDue('2026-09-18T10:00:00+08:00')).toBe('2026-09-22');
  });

  it('uses the date in China Standard Time, not UTC', () => {
    // 2026-03-01T17:00Z is 2026-03-02 01:00 in Shenzhen: the starting day is 3/2.
    expect(requestDue('2026-03-01T17:00:00Z')).toBe('2026-03-05');
  });
});

describe('policy questions: 24 natural hours', () => {
  it('is due 24 hours later, holidays included, and a pause adds the exact paused time', () => {
    let log = play([act('SUBMITTED', actors.enterprise, '2026-02-14T10:00:00+08:00', submissionPayload({ type: 'POLICY_QUESTION' }))]);
    expect(foldCase(log).clocks.ANSWER?.dueAt).toBe('2026-02-15T02:00:00.000Z');
    expect(foldCase(log).clocks.ANSWER?.due).toBe('2026-02-15');
    log = play(
      [
        act('INFO_REQUESTED', actors.bureau, '2026-02-14T11:00:00+08:00', { items: '请说明企业所属行业' }),
        act('INFO_PROVIDED', actors.enterprise, '2026-02-14T13:30:00+08:00', { text: '制造业 C39', attachments: [] }),
      ],
      ctx,
      log,
    );
    expect(foldCase(log).clocks.ANSWER?.dueAt).toBe('2026-02-15T04:30:00.000Z');
  });
});

describe('payment-arrears complaints (国务院令第802号 第二十五条)', () => {
  it('must be transferred within 10 working days of formal acceptance, across the Spring Festival', () => {
    const log = play([act('SUBMITTED', actors.enterprise, '2026-02-09T09:00:00+08:00', arrearsSubmission()), act('ACCEPTED', actors.bureau, '2026-02-10T09:00:00+08:00', { note: null })]);
    const c = foldCase(log);
    // 2/11, 2/12, 2/13, 2/14 (调休), 2/24, 2/25, 2/26, 2/27, 2/28 (调休), 3/2
    expect(c.clocks.TRANSFER?.due).toBe('2026-03-02');
    expect(c.clocks.TRANSFER?.rule.source.provision).toBe('第二十五条第一款');
    expect(c.clocks.ACCEPT?.metAt).toBe('2026-02-10T09:00:00+08:00');
  });

  it('is answered within 30 days of receipt; a period ending in the National Day holiday moves to 10/8', () => {
    const c = foldCase(transferredArrears('2026-09-01T09:00:00+08:00', '2026-09-05T10:00:00+08:00'));
    expect(c.clocks.TRANSFER?.metAt).toBe('2026-09-05T10:00:00+08:00');
    expect(c.clocks.ANSWER?.due).toBe('2026-10-08');
    expect(c.clocks.ANSWER?.latestDue).toBe('2026-12-04');
  });

  it('can be extended, but never beyond 90 days in all', () => {
    const log = transferredArrears('2026-03-02T09:00:00+08:00', '2026-03-02T10:00:00+08:00');
    const c = foldCase(log);
    expect(c.clocks.ANSWER?.due).toBe('2026-04-01');
    // 90 days from 3/2 is 5/31, a Sunday: the period ends on Monday 6/1.
    expect(c.clocks.ANSWER?.latestDue).toBe('2026-06-01');
    const tooLong = applyAction(log, act('EXTENSION_REQUESTED', actors.deptA, '2026-03-20T09:00:00+08:00', { requestedDue: '2026-06-02' as never, reason: '情况复杂' }), ctx);
    expect(!tooLong.ok && tooLong.error.code).toBe('EXTENSION_EXCEEDS_CAP');
    const requested = play([act('EXTENSION_REQUESTED', actors.deptA, '2026-03-20T09:00:00+08:00', { requestedDue: '2026-05-29' as never, reason: '情况复杂' })], ctx, log);
    const onSaturday = applyAction(requested, act('EXTENSION_APPROVED', actors.supervisor, '2026-03-21T09:00:00+08:00', { newDue: '2026-05-30' as never, note: null }), ctx);
    expect(!onSaturday.ok && onSaturday.error.code).toBe('EXTENSION_NOT_WORKING_DAY');
    const approved = applyAction(requested, act('EXTENSION_APPROVED', actors.supervisor, '2026-03-21T09:00:00+08:00', { newDue: '2026-05-29' as never, note: null }), ctx);
    expect(approved.ok && approved.value.case.clocks.ANSWER?.due).toBe('2026-05-29');
  });

  it('refuses to dispatch an arrears complaint instead of transferring it, and to transfer other types', () => {
    const log = play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', arrearsSubmission()), act('ACCEPTED', actors.bureau, '2026-03-02T10:00:00+08:00', { note: null })]);
    const d = applyAction(log, act('DISPATCHED', actors.bureau, '2026-03-02T11:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }), ctx);
    expect(!d.ok && d.error.code).toBe('ARREARS_MUST_BE_TRANSFERRED');
    const answer = applyAction(log, act('ANSWERED', actors.bureau, '2026-03-02T11:00:00+08:00', { text: 'x', attachments: [] }), ctx);
    expect(!answer.ok && answer.error.code).toBe('ARREARS_MUST_BE_TRANSFERRED');
    const req = play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload()), act('ACCEPTED', actors.bureau, '2026-03-02T10:00:00+08:00', { note: null })]);
    const t = applyAction(req, act('TRANSFERRED', actors.bureau, '2026-03-02T11:00:00+08:00', { handlingDepartment: DEPT_A, note: null }), ctx);
    expect(!t.ok && t.error.code).toBe('ONLY_FOR_ARREARS');
  });

  it('marks a confirmed serious case for the credit record once, citing Art. 26', () => {
    const log = transferredArrears('2026-03-02T09:00:00+08:00', '2026-03-02T10:00:00+08:00');
    const notice = applyAction(log, act('SUPERVISION_NOTICE', actors.supervisor, '2026-03-10T09:00:00+08:00', { target: 'DEBTOR', text: '被投诉人拒不配合，发督办书' }), ctx);
    expect(notice.ok).toBe(true);
    const marked = play([act('CREDIT_MARKED', actors.deptA, '2026-03-20T09:00:00+08:00', { finding: '经核实拖欠属实且情节严重' })], ctx, log);
    expect(foldCase(marked).creditMark?.legalRef).toMatch(/第二十六条/);
    const again = applyAction(marked, act('CREDIT_MARKED', actors.deptA, '2026-03-21T09:00:00+08:00', { finding: '重复' }), ctx);
    expect(!again.ok && again.error.code).toBe('ALREADY_CREDIT_MARKED');
  });
});

describe('pauses stop the clock (补正)', () => {
  it('does not count the days waiting for the enterprise', () => {
    const log = play([
      act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload()),
      act('INFO_REQUESTED', actors.bureau, '2026-03-03T09:00:00+08:00', { items: '请补充验收申请受理回执' }),
    ]);
    const paused = foldCase(log);
    expect(paused.status).toBe('INFO_REQUESTED');
    expect(paused.isPaused).toBe(true);
    expect(paused.pauses).toEqual([{ from: '2026-03-03', until: null, requestedAt: '2026-03-03T09:00:00+08:00', providedAt: null, items: '请补充验收申请受理回执' }]);
    const resumed = foldCase(play([act('INFO_PROVIDED', actors.enterprise, '2026-03-06T15:00:00+08:00', { text: '已上传回执', attachments: [{ id: 'f-1', name: '回执.pdf' }] })], ctx, log));
    // Counted: 3/3; paused 3/4–3/6; then 3/9, 3/10.
    expect(resumed.clocks.ANSWER?.due).toBe('2026-03-10');
    expect(resumed.clocks.ANSWER?.pausedDays).toBe(3);
    expect(resumed.status).toBe('SUBMITTED');
    expect(resumed.attachments.map((a) => a.name)).toEqual(['回执.pdf']);
  });
});

describe('a year without calendar data is an error, never a guess', () => {
  it('records the case but leaves the due date unknown, names 2027, and recomputes once the year is added', () => {
    const r = applyAction([], act('SUBMITTED', actors.enterprise, '2026-12-30T10:00:00+08:00', submissionPayload()), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings.map((w) => w.code)).toEqual(['CALENDAR_YEAR_MISSING']);
    expect(r.value.warnings[0]!.message.zh).toMatch(/2027/);
    const clock = r.value.case.clocks.ANSWER!;
    expect(clock.due).toBeNull();
    expect(clock.problem?.year).toBe(2027);

    const sweep = sweepDeadlines([r.value.case], '2027-01-08T09:00:00+08:00');
    expect(sweep.reminders).toEqual([]);
    expect(sweep.needsRecompute).toEqual([{ caseId: r.value.case.caseId, clock: 'ANSWER', problem: clock.problem }]);

    // Still missing: nothing is appended.
    const still = recomputeDeadlines(r.value.log, '2027-01-02T09:00:00+08:00', ctx);
    expect(still.ok && still.value).toBeNull();

    // An administrator adds 2027 (a hypothetical entry for the test: only 1/1 off).
    const withYear = testContext({ calendar: createCalendar([...shippedYearEntries(), hypothetical2027()], { jurisdiction: 'cn-gd-sz' }) });
    const fixed = recomputeDeadlines(r.value.log, '2027-01-02T09:00:00+08:00', withYear);
    // 12/31 (1), 1/1 off, 1/4 (2), 1/5 (3).
    expect(fixed.ok && fixed.value?.case.clocks.ANSWER?.due).toBe('2027-01-05');
    expect(fixed.ok && fixed.value?.case.clocks.ANSWER?.problem).toBeNull();
    // Once fixed, running it again appends nothing.
    const again = fixed.ok && fixed.value ? recomputeDeadlines(fixed.value.log, '2027-01-02T10:00:00+08:00', withYear) : null;
    expect(again?.ok && again.value).toBeNull();
  });
});

/** A 2027 entry with only New Year's Day off: test data, not the official arrangement (not yet published). */
function hypothetical2027(): CalendarYearEntry {
  return {
    year: 2027,
    jurisdiction: 'cn',
    source: { issuer: 'test', title: 'hypothetical 2027 entry for a test', documentNumber: null, publishedOn: null, url: null, provenance: 'test fixture' },
    holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, off: { from: '2027-01-01' as PlainDate, to: '2027-01-01' as PlainDate }, work: [] }],
  };
}
