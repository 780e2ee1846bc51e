import { plainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { addMonthsClamped, computeDeadline, type DeadlineInput } from './compute-deadline';
import { shippedCalendar } from './load-shipped';

const cal = shippedCalendar();
const due = (input: DeadlineInput) => {
  const r = computeDeadline(cal, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('computeDeadline — 民法典 Art. 201–203', () => {
  it('does not count the starting day: 10 days from Wed 2026-03-04 end on Sat 3/14, moved to Mon 3/16', () => {
    const r = due({ from: '2026-03-04', days: 10 });
    expect(r.lastCountedDay).toBe('2026-03-14');
    expect(r.due).toBe('2026-03-16');
    expect(r.movedToWorkingDay).toBe(true);
    expect(r.basis).toContain('民法典第二百零三条第一款');
  });

  it('a 30-day period ending on a working day stays put: 2026-03-02 + 30 = Wed 2026-04-01', () => {
    const r = due({ from: '2026-03-02', days: 30 });
    expect(r).toMatchObject({ due: '2026-04-01', movedToWorkingDay: false, pausedDays: 0 });
  });

  it('a 30-day period ending inside 国庆 2026 rolls to the first working day after it', () => {
    // 2026-09-03 + 30 days = 2026-10-03 (holiday 10/1–10/7) → Thu 10/8.
    expect(due({ from: '2026-09-03', days: 30 })).toMatchObject({ lastCountedDay: '2026-10-03', due: '2026-10-08' });
  });

  it('a period ending inside 春节 2026 rolls to 2/24', () => {
    expect(due({ from: '2026-02-05', days: 10 })).toMatchObject({ lastCountedDay: '2026-02-15', due: '2026-02-24' });
  });

  it('an adjusted working day (调休上班) is a working day: 2/14 (Sat) ends a period without moving', () => {
    expect(due({ from: '2026-02-04', days: 10 })).toMatchObject({ due: '2026-02-14', movedToWorkingDay: false });
  });

  it('2025: a 7-day period from 1/24 ends in 春节 (1/31) and rolls to 2/5', () => {
    expect(due({ from: '2025-01-24', days: 7 })).toMatchObject({ lastCountedDay: '2025-01-31', due: '2025-02-05' });
  });

  it('2025: 5 working days from 9/26 skip the merged 国庆+中秋 holiday, counting 9/28 and 10/11', () => {
    // Working days after Fri 9/26: Sun 9/28 (adjusted), 9/29, 9/30, then 10/9, 10/10.
    expect(due({ from: '2025-09-26', workingDays: 5 }).due).toBe('2025-10-10');
    expect(due({ from: '2025-09-26', workingDays: 6 }).due).toBe('2025-10-11');
  });

  it('15 working days across 春节 2026 count 2/14 and 2/28 but no day of 2/15–2/23', () => {
    // From Mon 2/9: 2/10–2/13 (4), 2/14 Sat adjusted (5), 2/24–2/27 (9), 2/28 Sat adjusted (10), 3/2–3/6 (15).
    const r = due({ from: '2026-02-09', workingDays: 15 });
    expect(r.due).toBe('2026-03-06');
    expect(r.movedToWorkingDay).toBe(false);
  });

  it('working days across 国庆 2026: 3 working days from Wed 9/30 are 10/8, 10/9, 10/10 (Sat, adjusted)', () => {
    expect(due({ from: '2026-09-30', workingDays: 3 }).due).toBe('2026-10-10');
  });

  it('months use the corresponding day, else the month end (Art. 202)', () => {
    expect(addMonthsClamped(plainDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonthsClamped(plainDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonthsClamped(plainDate('2025-11-30'), 3)).toBe('2026-02-28');
    expect(addMonthsClamped(plainDate('2026-05-15'), -6)).toBe('2025-11-15');
    // 2026-01-31 + 1 month = Sat 2/28, an adjusted working day in 2026: no move.
    expect(due({ from: '2026-01-31', months: 1 })).toMatchObject({ due: '2026-02-28', movedToWorkingDay: false });
    // 2025-09-01 + 1 month = 2025-10-01 (国庆) → 10/9.
    expect(due({ from: '2025-09-01', months: 1 }).due).toBe('2025-10-09');
    // One year from 2025-02-15 = Sun 2026-02-15, first day of 春节 → 2/24.
    expect(due({ from: '2025-02-15', years: 1 }).due).toBe('2026-02-24');
  });
});

describe('computeDeadline — pauses (clock stopped)', () => {
  it('extends a day period by the paused days from+1 … until', () => {
    // 20 days from Mon 2026-03-02 end Sun 3/22 → Mon 3/23. Paused 3/5→3/10 (3/6–3/10, 5 days):
    // the last counted day becomes 3/27 (Fri).
    const r = due({ from: '2026-03-02', days: 20, pauses: [{ from: '2026-03-05', until: '2026-03-10' }] });
    expect(r).toMatchObject({ lastCountedDay: '2026-03-27', due: '2026-03-27', pausedDays: 5 });
    expect(r.basis).toContain('中止期间不计入期限');
  });

  it('a pause that starts and ends on the same day stops nothing', () => {
    expect(due({ from: '2026-03-02', days: 20, pauses: [{ from: '2026-03-05', until: '2026-03-05' }] }).pausedDays).toBe(0);
  });

  it('pauses outside the running period change nothing; overlapping pauses count each day once', () => {
    const base = due({ from: '2026-03-02', days: 20 });
    expect(due({ from: '2026-03-02', days: 20, pauses: [{ from: '2026-01-01', until: '2026-03-02' }, { from: '2026-05-01', until: '2026-05-09' }] })).toEqual(base);
    const r = due({ from: '2026-03-02', days: 20, pauses: [{ from: '2026-03-05', until: '2026-03-10' }, { from: '2026-03-08', until: '2026-03-12' }] });
    expect(r.pausedDays).toBe(7); // 3/6–3/12
    expect(r.lastCountedDay).toBe('2026-03-29');
    expect(r.due).toBe('2026-03-30');
  });

  it('paused working days do not count toward a working-day period', () => {
    // 5 working days from Mon 3/2 = Mon 3/9; paused 3/3→3/5 removes Wed 3/4 and Thu 3/5 → Wed 3/11.
    expect(due({ from: '2026-03-02', workingDays: 5 }).due).toBe('2026-03-09');
    expect(due({ from: '2026-03-02', workingDays: 5, pauses: [{ from: '2026-03-03', until: '2026-03-05' }] })).toMatchObject({ due: '2026-03-11', pausedDays: 2 });
  });

  it('extends a month period by the paused days on or before its end', () => {
    // 1 month from 2026-03-16 = Thu 4/16; 10 paused days → Sun 4/26 → Mon 4/27.
    expect(due({ from: '2026-03-16', months: 1, pauses: [{ from: '2026-03-20', until: '2026-03-30' }] })).toMatchObject({ lastCountedDay: '2026-04-26', due: '2026-04-27', pausedDays: 10 });
  });
});

describe('computeDeadline — errors', () => {
  it('a period reaching into 2027 fails with CALENDAR_YEAR_MISSING naming 2027', () => {
    const r = computeDeadline(cal, { from: '2026-12-20', days: 15 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', year: 2027, date: '2027-01-04' });
      expect(r.error.message.zh).toMatch(/2027年/);
    }
    const w = computeDeadline(cal, { from: '2026-12-28', workingDays: 5 });
    expect(!w.ok && w.error.code).toBe('CALENDAR_YEAR_MISSING');
  });

  it('a day period whose last day is a working day in 2026 needs no 2027 data', () => {
    expect(due({ from: '2026-12-01', days: 30 }).due).toBe('2026-12-31');
  });

  it('rejects bad input with the field at fault', () => {
    const field = (input: DeadlineInput) => {
      const r = computeDeadline(cal, input);
      return r.ok ? null : r.error.code === 'DEADLINE_INVALID_INPUT' ? r.error.field : r.error.code;
    };
    expect(field({ from: '2026-02-30', days: 1 })).toBe('from');
    expect(field({ from: '2026-02-01' })).toBe('days');
    expect(field({ from: '2026-02-01', days: 3, workingDays: 3 })).toBe('days+workingDays');
    expect(field({ from: '2026-02-01', days: 0 })).toBe('days');
    expect(field({ from: '2026-02-01', workingDays: 2.5 })).toBe('workingDays');
    expect(field({ from: '2026-02-01', days: 3, pauses: [{ from: '2026-02-05', until: '2026-02-02' }] })).toBe('pauses[0]');
    expect(field({ from: '2026-02-01', days: 3, pauses: [{ from: '2026-02-05', until: 'soon' }] })).toBe('pauses[0].until');
    const r = computeDeadline(cal, { from: 'x', days: 1 });
    expect(!r.ok && r.error.message.en).toContain('invalid deadline input (from)');
  });
});

describe('computeDeadline — 民法典 第二百零四条 exceptions', () => {
  it('a contract clause "遇节假日不顺延" keeps a Sunday last day: 2024-03-01 + 30 = Sun 3/31', () => {
    const r = due({ from: '2024-03-01', days: 30, exception: { by: 'CONTRACT', source: '合同第5条：遇节假日不顺延' } });
    expect(r).toMatchObject({ due: '2024-03-31', lastCountedDay: '2024-03-31', movedToWorkingDay: false });
    expect(r.basis.join()).toContain('民法典第二百零四条（当事人另有约定：合同第5条');
    expect(r.basis).not.toContain('民法典第二百零三条第一款');
  });

  it('without the exception the same period ends on Mon 2024-04-01 (Art. 203)', () => {
    expect(due({ from: '2024-03-01', days: 30 })).toMatchObject({ due: '2024-04-01', movedToWorkingDay: true });
  });

  it('refuses an exception that names no source', () => {
    const r = computeDeadline(cal, { from: '2024-03-01', days: 30, exception: { by: 'CONTRACT', source: ' ' } });
    expect(r.ok).toBe(false);
  });
});
