import { computeDeadline, shippedCalendar } from '@huiqi/calendar';
import { describe, expect, it } from 'vitest';
import { deadlineWithoutPauses } from './memo-deadline';

describe('deadlineWithoutPauses', () => {
  const calendar = shippedCalendar('cn-gd-sz');

  it('answers as computeDeadline does, around the 2026 Spring Festival and National Day', () => {
    for (const from of ['2026-02-13', '2026-02-14', '2026-02-24', '2026-09-30', '2026-10-08']) {
      for (const period of [{ workingDays: 3 }, { workingDays: 10 }, { days: 30 }, { days: 1 }]) {
        expect(deadlineWithoutPauses(calendar, { from, ...period })).toEqual(computeDeadline(calendar, { from, ...period }));
      }
    }
    // from Friday 2026-02-13: 2/14 (调休 working Saturday), then 2/24 and 2/25 after the Spring Festival (2/15–2/23)
    expect(deadlineWithoutPauses(calendar, { from: '2026-02-13', workingDays: 3 })).toMatchObject({ ok: true, value: { due: '2026-02-25' } });
    // one day from 9/30 ends on 10/1, a holiday: moved to the first working day after National Day
    expect(deadlineWithoutPauses(calendar, { from: '2026-09-30', days: 1 })).toMatchObject({ ok: true, value: { due: '2026-10-08', movedToWorkingDay: true } });
  });

  it('remembers an answer per calendar and period (the same object), and keeps periods apart', () => {
    const a = deadlineWithoutPauses(calendar, { from: '2026-03-02', workingDays: 3 });
    expect(deadlineWithoutPauses(calendar, { from: '2026-03-02', workingDays: 3 })).toBe(a);
    expect(deadlineWithoutPauses(calendar, { from: '2026-03-02', days: 3 })).not.toBe(a);
    expect(deadlineWithoutPauses(shippedCalendar('cn'), { from: '2026-03-02', workingDays: 3 })).toEqual(a);
  });

  it('answers a year without calendar data with the same error every time, never a guess', () => {
    const r = deadlineWithoutPauses(calendar, { from: '2031-06-01', workingDays: 3 });
    expect(r).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_MISSING' } });
    expect(deadlineWithoutPauses(calendar, { from: '2031-06-01', workingDays: 3 })).toEqual(r);
  });
});
